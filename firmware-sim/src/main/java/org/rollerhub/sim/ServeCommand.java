package org.rollerhub.sim;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.PtyRollerServer;
import org.rollerhub.sim.live.TcpRollerServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: a live roller over TCP or a pty, in real time or faster. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs a live roller: the serial byte stream (0x00, HELLO, samples, STATUS every second) "
                + "over TCP (the hub connects as a client) or a pty (the hub opens LINK like a serial port).",
            "Answers GET_INFO, START_STREAM, STOP_STREAM and TARE with ACK; other commands get ACK unknown.",
            "With --actuators other than legacy it also answers CUE (ACK 0 and plays it, or ACK 2 without the "
                + "actuator), and its user stops a slide after a \"correct\" cue (--correct-probability).",
            "Over TCP the person gets on the roller when the first client connects; later clients get a fresh "
                + "0x00 and HELLO and the session goes on. A pty starts streaming at once.",
            "Runs until killed (or, with --until-finished, until the session(s) have been played)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Transport {
        @Option(names = "--tcp", paramLabel = "PORT", description = "Listen on this TCP port (0: any free port).")
        Integer tcpPort;

        @Option(names = "--pty", paramLabel = "LINK", description = "Make a pty and a symlink LINK to its slave.")
        Path ptyLink;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Transport transport;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on with --tcp (default 127.0.0.1).")
    String bind;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the session(s) played (default 1).")
    long seed;

    @Option(names = "--speed", defaultValue = "1", description = "Times real time, e.g. 10 (default 1).")
    double speed;

    @Option(names = "--scenario", description = "Play this scenario file instead of a random session.")
    Path scenario;

    @Option(names = "--imu-hz", description = "IMU rate, Hz, at start (START_STREAM may change it).")
    Integer imuHz;

    @Option(names = "--pressure-hz", description = "Pressure rate, Hz, at start (START_STREAM may change it).")
    Integer pressureHz;

    @Mixin
    MovementOptions movement = new MovementOptions();

    @Option(names = "--actuators", defaultValue = "legacy", paramLabel = "KIND",
            description = "legacy (predates CUE: ACK 1), none, vibration, led or both (default legacy).")
    String actuators;

    @Option(names = "--correct-probability", defaultValue = "0.8", paramLabel = "P",
            description = "Chance that the user stops a slide after a \"correct\" cue, 0..1 (default 0.8); "
                    + "they react after 0.3-0.8 s.")
    double correctProbability;

    @Option(names = "--until-finished", description = "Exit once the session(s) have been played.")
    boolean untilFinished;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(spec.commandLine(), "--speed must be a positive number");
        }
        GenerateOptions options = movement.applyTo(GenerateCommand.withRates(spec, imuHz, pressureHz), spec);
        if (transport.tcpPort != null && (transport.tcpPort < 0 || transport.tcpPort > 65535)) {
            throw new ParameterException(spec.commandLine(), "--tcp port must be 0..65535");
        }
        try {
            if (scenario != null) {
                options = options.withScenario(ScenarioFile.read(scenario));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LiveRoller roller = new LiveRoller(seed, options, speed, null);
        try {
            roller.equip(Actuators.parse(actuators), new CueReaction(CueReaction.DEFAULT.minDelayS(),
                    CueReaction.DEFAULT.maxDelayS(), correctProbability));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        AutoCloseable server;
        if (transport.tcpPort != null) {
            TcpRollerServer tcp = new TcpRollerServer(roller, InetAddress.getByName(bind), transport.tcpPort);
            System.out.println("roller-sim: listening on " + tcp.address().getAddress().getHostAddress() + ":"
                    + tcp.port() + " (seed " + seed + ", speed " + speed + ")");
            server = tcp;
        } else {
            PtyRollerServer pty = new PtyRollerServer(roller, transport.ptyLink);
            System.out.println("roller-sim: serial port " + pty.link() + " -> " + pty.slavePath()
                    + " (seed " + seed + ", speed " + speed + ")");
            server = pty;
        }
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // exiting anyway
            }
        }));
        while (!untilFinished || !roller.finished()) {
            Thread.sleep(200);
        }
        server.close();
        return 0;
    }
}

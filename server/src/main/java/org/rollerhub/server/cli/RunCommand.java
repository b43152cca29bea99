package org.rollerhub.server.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.rollerhub.server.ClinicServer;
import org.rollerhub.server.ServerSettings;
import org.rollerhub.server.ingest.Topics;
import org.rollerhub.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: one server instance, until SIGTERM or SIGINT. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Stores every session summary and hub status the clinic's hubs publish, from a shared "
                + "subscription ($share/GROUP/PREFIX/+/session and .../status, QoS 1), into PostgreSQL. Each message "
                + "is acknowledged only after its row is committed; a session id already stored adds nothing.",
            "Run several instances with the same --group and each its own fixed --client-id: the broker shares the "
                + "messages among them, and an instance restarted with its client id gets back what it had not "
                + "acknowledged. The database may be away at start or go away: the server waits for it.",
            "Passwords: environment ROLLER_DB_PASSWORD and ROLLER_MQTT_PASSWORD."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--broker", required = true, paramLabel = "URL", description = "the clinic's broker: tcp://HOST:PORT or ssl://HOST:PORT")
    String broker;

    @Option(names = "--broker-user", paramLabel = "USER", description = "broker user name (default: none)")
    String brokerUser;

    @Mixin
    DbOptions db;

    @Option(names = "--group", paramLabel = "G", description = "shared subscription group (default ${DEFAULT-VALUE})")
    String group = "roller-server";

    @Option(names = "--prefix", paramLabel = "P", description = "the hubs' topic prefix (default ${DEFAULT-VALUE})")
    String prefix = "roller";

    @Option(names = "--client-id", paramLabel = "ID",
            description = "this instance's MQTT client id, fixed across restarts (default: roller-server-HOSTNAME)")
    String clientId;

    @Option(names = "--batch", paramLabel = "N", description = "most messages per transaction (default ${DEFAULT-VALUE})")
    int batch = 200;

    @Option(names = "--pool", paramLabel = "N", description = "most database connections (default ${DEFAULT-VALUE})")
    int pool = 2;

    @Override
    public Integer call() throws InterruptedException, MqttException {
        if (!broker.matches("(tcp|ssl)://[^/\\s]+:[0-9]{1,5}")) {
            System.err.println("roller-server run: bad value for option --broker: '" + broker + "' is not tcp://HOST:PORT or ssl://HOST:PORT");
            return 2;
        }
        if (batch < 1 || batch > 10_000 || pool < 1 || pool > 100) {
            System.err.println("roller-server run: --batch must be 1..10000 and --pool 1..100");
            return 2;
        }
        if (clientId != null && !clientId.matches("[A-Za-z0-9_.-]{1,64}")) {
            System.err.println("roller-server run: bad value for option --client-id: '" + clientId + "': use 1-64 of A-Z a-z 0-9 _ . -");
            return 2;
        }
        String url;
        try {
            new Topics(group, prefix);
            url = db.checkedUrl();
        } catch (IllegalArgumentException | Cli.Failure e) {
            System.err.println("roller-server run: " + e.getMessage());
            return 2;
        }
        String pw = System.getenv("ROLLER_MQTT_PASSWORD");
        ServerSettings settings = new ServerSettings(broker, brokerUser, pw == null ? null : pw.toCharArray(),
                clientId != null ? clientId : defaultClientId(), group, prefix, url, db.user, db.password(), pool, batch);
        ClinicServer server = new ClinicServer(settings);
        Thread stopper = new Thread(server::close, "stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            server.start();
            server.awaitStop();
            return 0;
        } catch (StoreException.NotOurs e) {
            System.err.println("roller-server run: " + e.getMessage());
            return 2;
        }
    }

    private static String defaultClientId() {
        try {
            return "roller-server-" + InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_.-]", "_");
        } catch (UnknownHostException e) {
            return "roller-server-" + ProcessHandle.current().pid();
        }
    }
}

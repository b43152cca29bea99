package org.rollerhub.sim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.protocol.Crc16;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.protocol.SerialFrames;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.protocol.Status;
import org.rollerhub.sim.Labels;

/** The live roller in process, over real TCP loopback, and over a real pty. */
class LiveRollerTest {

    /** A whole packet of an unknown command type (0x8F), valid CRC, as a serial frame. */
    static byte[] unknownFrame(int seq) {
        byte[] p = {(byte) 0x8F, 0x10, (byte) seq, (byte) (seq >> 8), 0, 0};
        int crc = Crc16.compute(p, 0, 4);
        p[4] = (byte) crc;
        p[5] = (byte) (crc >> 8);
        return SerialFrames.encode(p);
    }

    @Test
    void inProcess() throws Exception {
        Collector got = new Collector();
        try (LiveRoller roller = new LiveRoller(5, 20, got::add)) {
            roller.start();
            CommandScript.run(got, new CommandScript.Commands() {
                @Override
                public void send(org.rollerhub.protocol.HubCommand command) {
                    roller.onCommand(command);
                }

                @Override
                public void sendUnknown(int seq) {
                    roller.onUnknownCommand(seq);
                }
            });
            Labels labels = roller.labels();
            assertTrue(labels.sessions().size() >= 1 && labels.sessions().get(0).totals().reps() >= 3);
        }
    }

    @Test
    void reconnectGetsAFreshHelloAndTheSessionGoesOn() throws Exception {
        Collector first = new Collector();
        try (LiveRoller roller = new LiveRoller(6, 20, first::add)) {
            roller.start();
            first.await("STATUS", l -> l.stream().anyMatch(p -> p instanceof Status));
            roller.disconnect();
            double playedBefore = roller.playedSeconds();
            Collector second = new Collector();
            roller.reconnect(second::add);
            List<Packet> l = second.await("samples on the new connection", x -> x.stream().anyMatch(p -> p instanceof ImuBatch));
            assertInstanceOf(Hello.class, l.get(0));
            assertTrue(roller.playedSeconds() >= playedBefore, "device time went on");
            // A failing output is detached, not fatal.
            roller.reconnect(p -> {
                throw new IOException("gone");
            });
            assertEquals(1, roller.disconnects());
        }
    }

    @Test
    void overTcpLoopback() throws Exception {
        try (TcpRollerServer server = TcpRollerServer.loopback(7, 20);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            Collector got = new Collector();
            readInto(socket.getInputStream(), got);
            OutputStream out = socket.getOutputStream();
            CommandScript.run(got, commands(out));
        }
    }

    @Test
    void aNewTcpConnectionStartsWithZeroAndHelloAndTheSessionGoesOn() throws Exception {
        try (TcpRollerServer server = TcpRollerServer.loopback(9, 20)) {
            double played;
            try (Socket first = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                Collector got = new Collector();
                readInto(first.getInputStream(), got);
                got.await("STATUS", l -> l.stream().anyMatch(p -> p instanceof Status));
                played = server.roller().playedSeconds();
            }
            try (Socket second = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                InputStream in = second.getInputStream();
                assertEquals(0, in.read(), "a 0x00 first on every connection");
                Collector got = new Collector();
                readInto(in, got);
                List<Packet> l = got.await("samples", x -> x.stream().anyMatch(p -> p instanceof ImuBatch));
                assertInstanceOf(Hello.class, l.get(0));
                assertTrue(server.roller().playedSeconds() >= played);
                assertTrue(server.roller().started());
            }
        }
    }

    @Test
    void overAPty(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("ttyROLLER");
        try (PtyRollerServer server = new PtyRollerServer(new LiveRoller(8, 20, null), link)) {
            assertTrue(Files.isSymbolicLink(link));
            assertTrue(server.slavePath().startsWith("/dev/pts/"));
            try (InputStream in = Files.newInputStream(link); OutputStream out = Files.newOutputStream(link)) {
                Collector got = new Collector();
                readInto(in, got);
                // A pty cannot tell when it is opened: ask for the HELLO that a new connection gets.
                out.write(SerialFrames.encode(new org.rollerhub.protocol.GetInfo(99)));
                out.flush();
                got.await("HELLO", l -> l.stream().anyMatch(p -> p instanceof Hello));
                Collector fromHello = new Collector();
                List<Packet> sofar = got.snapshot();
                int helloAt = Collector.indexOf(sofar, 0, p -> p instanceof Hello);
                sofar.subList(helloAt, sofar.size()).forEach(fromHello::add);
                Thread forward = new Thread(() -> forward(got, fromHello, sofar.size()));
                forward.setDaemon(true);
                forward.start();
                CommandScript.run(fromHello, commands(out));
            }
        }
        assertTrue(!Files.exists(link), "the link goes when the server closes");
    }

    private static void forward(Collector from, Collector to, int start) {
        int next = start;
        try {
            while (true) {
                final int n = next;
                List<Packet> l = from.await("more", x -> x.size() > n);
                for (int i = n; i < l.size(); i++) {
                    to.add(l.get(i));
                }
                next = l.size();
            }
        } catch (InterruptedException | AssertionError e) {
            // test over
        }
    }

    private static CommandScript.Commands commands(OutputStream out) {
        return new CommandScript.Commands() {
            @Override
            public void send(org.rollerhub.protocol.HubCommand command) throws IOException {
                out.write(SerialFrames.encode(command));
                out.flush();
            }

            @Override
            public void sendUnknown(int seq) throws IOException {
                out.write(unknownFrame(seq));
                out.flush();
            }
        };
    }

    /** Decodes what arrives with the protocol's serial decoder, on a reader thread. */
    private static void readInto(InputStream in, Collector got) {
        SerialStreamDecoder decoder = new SerialStreamDecoder(p -> {
            if (p instanceof RollerPacket) {
                got.add(p);
            }
        });
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    decoder.feed(buf, 0, n);
                }
            } catch (IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
    }
}

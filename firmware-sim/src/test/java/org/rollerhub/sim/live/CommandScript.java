package org.rollerhub.sim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.GetInfo;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.StartStream;
import org.rollerhub.protocol.Status;
import org.rollerhub.protocol.StopStream;
import org.rollerhub.protocol.Tare;

/**
 * The same command conversation for every transport: HELLO on connect, GET_INFO → ACK + HELLO,
 * START_STREAM changes the rates (HELLO and batch timing show it), STOP_STREAM stops samples but
 * not STATUS, TARE → ACK + HELLO with new zero offsets, and an unknown command → ACK unknown.
 */
final class CommandScript {
    /** Sends a command to the roller. */
    interface Commands {
        void send(HubCommand command) throws Exception;

        /** Sends a packet of a type the roller does not know, with this seq. */
        void sendUnknown(int seq) throws Exception;
    }

    private CommandScript() {
    }

    static void run(Collector got, Commands commands) throws Exception {
        List<Packet> first = got.await("HELLO then samples",
                l -> l.stream().anyMatch(p -> p instanceof ImuBatch) && l.stream().anyMatch(p -> p instanceof Hello));
        Hello hello = (Hello) first.stream().filter(p -> p instanceof Hello).findFirst().orElseThrow();
        assertInstanceOf(Hello.class, first.get(0), "HELLO comes first on connect");

        commands.send(new GetInfo(100));
        List<Packet> l = got.await("ACK 100 then HELLO", x -> afterAck(x, 100) instanceof Hello);
        assertEquals(Ack.Result.OK, ack(l, 100).result());

        commands.send(new StartStream(101, 100, 25));
        l = got.await("ACK 101", x -> ack(x, 101) != null);
        assertEquals(Ack.Result.OK, ack(l, 101).result());
        int ackAt = l.indexOf(ack(l, 101));
        l = got.await("three IMU batches at 100 Hz",
                x -> x.subList(ackAt, x.size()).stream().filter(p -> p instanceof ImuBatch).count() >= 3);
        List<ImuBatch> batches = l.subList(ackAt, l.size()).stream().filter(p -> p instanceof ImuBatch)
                .map(p -> (ImuBatch) p).toList();
        assertEquals(5, batches.get(0).sampleCount(), "about 50 ms of samples at 100 Hz");
        assertEquals(50_000, (batches.get(1).t0Us() - batches.get(0).t0Us()) & 0xFFFFFFFFL, "10 ms apart");
        commands.send(new GetInfo(102));
        l = got.await("HELLO after ACK 102", x -> afterAck(x, 102) instanceof Hello);
        Hello changed = (Hello) afterAck(l, 102);
        assertEquals(100, changed.imuRateHz());
        assertEquals(25, changed.pressureRateHz());

        commands.send(new StopStream(103));
        l = got.await("ACK 103 then two STATUS",
                x -> ack(x, 103) != null && x.subList(x.indexOf(ack(x, 103)), x.size()).stream()
                        .filter(p -> p instanceof Status).count() >= 2);
        List<Packet> afterStop = l.subList(l.indexOf(ack(l, 103)) + 1, l.size());
        assertTrue(afterStop.stream().noneMatch(p -> p instanceof ImuBatch || p instanceof PressureBatch),
                "no samples after STOP_STREAM");

        commands.send(new Tare(104));
        l = got.await("HELLO after ACK 104", x -> afterAck(x, 104) instanceof Hello);
        Hello tared = (Hello) afterAck(l, 104);
        assertNotEquals(hello.cells(), tared.cells(), "TARE sets new zero offsets");

        commands.sendUnknown(105);
        l = got.await("ACK 105", x -> ack(x, 105) != null);
        assertEquals(Ack.Result.UNKNOWN_COMMAND, ack(l, 105).result());

        commands.send(new StartStream(106, 0, 0));
        int before = got.size();
        got.await("samples again after START_STREAM", x -> x.subList(before, x.size()).stream()
                .anyMatch(p -> p instanceof PressureBatch));
    }

    static Ack ack(List<Packet> list, int seq) {
        for (Packet p : list) {
            if (p instanceof Ack a && a.ackedSeq() == seq) {
                return a;
            }
        }
        return null;
    }

    /** The first HELLO or ACK-answer after the ACK of {@code seq}, or null. */
    static Packet afterAck(List<Packet> list, int seq) {
        Ack a = ack(list, seq);
        if (a == null) {
            return null;
        }
        int i = Collector.indexOf(list, list.indexOf(a) + 1, p -> p instanceof Hello);
        return i < 0 ? null : list.get(i);
    }
}

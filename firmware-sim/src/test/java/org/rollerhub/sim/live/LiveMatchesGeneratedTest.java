package org.rollerhub.sim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.Packet;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.Simulator;

/** A live roller plays exactly what the generator writes for the same seed (clean link, no commands). */
class LiveMatchesGeneratedTest {

    @Test
    void samePacketsAsTheCleanCapture() throws Exception {
        long seed = 21;
        byte[] rlr = Simulator.generate(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN)).rlr();
        Collector generated = new Collector();
        CaptureReader.read(new java.io.ByteArrayInputStream(rlr), generated::add);
        Collector live = new Collector();
        try (LiveRoller roller = new LiveRoller(seed, 50, live::add)) {
            roller.start();
            live.await("300 packets", l -> l.size() >= 300);
        }
        List<Packet> a = generated.snapshot().subList(0, 300);
        List<Packet> b = live.snapshot().subList(0, 300);
        assertEquals(a, b);
    }
}

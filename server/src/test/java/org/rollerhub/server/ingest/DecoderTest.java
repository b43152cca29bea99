package org.rollerhub.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rollerhub.store.StoreException;

/** Topics, what a message holds, and what a failed write means: pure, no broker or database. */
class DecoderTest {
    private static final String ROLLER = "00112233aabbccdd";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final Topics topics = new Topics("clinic", "site/roller");

    private Decoded decode(String topic, String payload) {
        return Decoder.decode(topics, new Inbound(topic, payload.getBytes(StandardCharsets.UTF_8), 7, 1, 0), NOW);
    }

    @Test
    void topicsAreSharedFiltersAndTopicsNameTheirRoller() {
        assertEquals("$share/clinic/site/roller/+/session", topics.sessionFilter());
        assertEquals("$share/clinic/site/roller/+/status", topics.statusFilter());
        assertEquals(Topics.Kind.SESSION, topics.kindOf("site/roller/" + ROLLER + "/session"));
        assertEquals(Topics.Kind.STATUS, topics.kindOf("site/roller/" + ROLLER + "/status"));
        assertEquals(Topics.Kind.OTHER, topics.kindOf("site/roller/" + ROLLER + "/event"));
        assertEquals(Topics.Kind.OTHER, topics.kindOf("site/roller/NOT-A-ROLLER/session"));
        assertThrows(IllegalArgumentException.class, () -> new Topics("a/b", "roller"));
        assertThrows(IllegalArgumentException.class, () -> new Topics("g", "roller/#"));
    }

    @Test
    void aSummaryAboutItsTopicsRollerIsKeptWithItsClaim() {
        String json = "{\"schema\":\"roller.session/1\",\"sessionId\":\"" + ROLLER + "-1f\",\"deviceId\":\"" + ROLLER
                + "\",\"startedAt\":\"2026-12-06T08:00:00Z\",\"durationS\":60,\"user\":{\"personId\":\"anna\"},"
                + "\"totals\":{\"reps\":1,\"holds\":1,\"shifts\":0,\"compensations\":0,\"holdS\":4},"
                + "\"levels\":[{\"level\":\"T6\",\"reps\":1,\"holds\":1,\"holdS\":4,\"compensations\":0}],"
                + "\"zones\":{\"neckS\":0,\"lumbarS\":0}}";
        Decoded.Summary s = assertInstanceOf(Decoded.Summary.class, decode("site/roller/" + ROLLER + "/session", json));
        assertEquals("anna", s.received().claimedPersonId());
        assertEquals(json, s.received().session().summaryJson());
        assertEquals(Instant.parse("2026-12-06T08:00:00Z"), s.received().session().startedAt());
        Decoded other = decode("site/roller/ffffffffffffffff/session", json);
        assertInstanceOf(Decoded.Invalid.class, other, "another roller's session on this topic");
        assertInstanceOf(Decoded.Invalid.class, decode("site/roller/" + ROLLER + "/session", "not json"));
        assertInstanceOf(Decoded.Invalid.class, decode("site/roller/" + ROLLER + "/session", "{\"schema\":\"other\"}"));
    }

    @Test
    void aStatusNeedsItsLinkState() {
        Decoded.Status s = assertInstanceOf(Decoded.Status.class,
                decode("site/roller/" + ROLLER + "/status", "{\"link\":\"reconnecting\",\"battery\":{\"pct\":80}}"));
        assertEquals("reconnecting", s.status().link());
        assertEquals(NOW, s.status().seenAt());
        assertInstanceOf(Decoded.Invalid.class, decode("site/roller/" + ROLLER + "/status", "{\"firmware\":\"1.0.0\"}"));
        assertInstanceOf(Decoded.Invalid.class, decode("site/roller/" + ROLLER + "/status", "[]"));
    }

    @Test
    void failuresAreClassifiedBySqlState() {
        assertEquals(Failure.UNREACHABLE, Failure.of(new StoreException("db: cannot", new SQLException("refused", "08001"))));
        assertEquals(Failure.UNREACHABLE, Failure.of(new StoreException("db: cannot", new SQLTransientConnectionException("pool timeout"))));
        assertEquals(Failure.UNREACHABLE, Failure.of(new StoreException("db: cannot", new SQLException("shutting down", "57P01"))));
        assertEquals(Failure.CONFLICT, Failure.of(new StoreException("db: cannot", new SQLException("deadlock", "40P01"))));
        assertEquals(Failure.REJECTED, Failure.of(new StoreException("db: cannot", new SQLException("too long", "22001"))));
    }
}

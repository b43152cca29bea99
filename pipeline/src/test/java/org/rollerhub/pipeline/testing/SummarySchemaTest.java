package org.rollerhub.pipeline.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The schema helper rejects what the schema forbids, so tests that use it can fail. */
class SummarySchemaTest {
    private static final String VALID = "{\"schema\":\"roller.session/1\",\"sessionId\":\"0123456789abcdef-1\","
            + "\"deviceId\":\"0123456789abcdef\",\"startedAt\":\"2026-11-24T01:00:00Z\",\"durationS\":60,"
            + "\"totals\":{\"reps\":0,\"holds\":0,\"shifts\":0,\"compensations\":0,\"holdS\":0},"
            + "\"levels\":[],\"reps\":[],\"shifts\":[],\"zones\":{\"neckS\":0,\"lumbarS\":0},"
            + "\"link\":{\"packets\":1,\"lostPackets\":0,\"crcErrors\":0,\"framingErrors\":0}}";

    @Test
    void acceptsAValidSummaryAndRejectsBrokenOnes() throws Exception {
        assertTrue(SummarySchema.validate(VALID).isEmpty(), SummarySchema.validate(VALID).toString());
        assertFalse(SummarySchema.validate(VALID.replace("\"totals\"", "\"total\"")).isEmpty());
        assertFalse(SummarySchema.validate(VALID.replace("0123456789abcdef\",\"start", "XYZ\",\"start")).isEmpty());
        assertFalse(SummarySchema.validate(VALID.replace("2026-11-24T01:00:00Z", "yesterday")).isEmpty());
    }
}

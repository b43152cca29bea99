package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.rollerhub.pipeline.testing.SummarySchema;
import org.rollerhub.sim.Labels;

/** Checks shared by the live tests: a published summary against the schema and the simulator's labels. */
final class LiveAssertions {
    private LiveAssertions() {
    }

    /** Validates {@code json} against the shared schema and returns it parsed. */
    static JsonNode validSummary(String json) throws Exception {
        Set<?> errors = SummarySchema.validate(json);
        assertTrue(errors.isEmpty(), "summary must validate against session-summary.schema.json: " + errors + "\n" + json);
        return SummarySchema.parse(json);
    }

    /** The summary's totals equal the labelled session's; its duration within {@code durationTolS}. */
    static void matchesLabels(JsonNode summary, Labels.Session label, double durationTolS, String context) {
        try {
            matchesLabels(summary, label, durationTolS);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + context, e);
        }
    }

    /** The summary's totals equal the labelled session's; its duration within {@code durationTolS}. */
    static void matchesLabels(JsonNode summary, Labels.Session label, double durationTolS) {
        JsonNode t = summary.get("totals");
        assertEquals(label.totals().reps(), t.get("reps").asInt(), "reps\n" + summary);
        assertEquals(label.totals().holds(), t.get("holds").asInt(), "holds\n" + summary);
        assertEquals(label.totals().shifts(), t.get("shifts").asInt(), "shifts\n" + summary);
        assertEquals(label.totals().compensations(), t.get("compensations").asInt(), "compensations\n" + summary);
        assertEquals(label.durationS(), summary.get("durationS").asDouble(), durationTolS, "durationS\n" + summary);
        assertEquals(label.reps().size(), summary.get("reps").size(), "reps listed\n" + summary);
        for (int i = 0; i < label.reps().size(); i++) {
            assertEquals(label.reps().get(i).level(), summary.get("reps").get(i).get("level").asText(), "level of rep " + i);
        }
    }
}

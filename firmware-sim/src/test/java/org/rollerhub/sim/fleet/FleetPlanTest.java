package org.rollerhub.sim.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fleet's summaries: valid, consistent, deterministic per seed, with the repeats asked for. */
class FleetPlanTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() {
        String dir = System.getProperty("roller.shared.dir", "../../shared");
        Path file = Path.of(dir).resolve("session-summary.schema.json").toAbsolutePath().normalize();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                SchemaLocation.of(file.toUri().toString()),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void aSampleOfSummariesIsValidAgainstTheSharedSchemaAndConsistent() throws Exception {
        FleetPlan plan = FleetPlan.make(7, 50, 2_000, 100, 0.05, 0.05, 0.3);
        JsonSchema schema = schema();
        List<Publication> firsts = plan.firsts();
        for (int i = 0; i < firsts.size(); i += 10) {
            JsonNode n = MAPPER.readTree(firsts.get(i).json());
            assertEquals(Set.of(), schema.validate(n), firsts.get(i).json());
            int reps = 0;
            int holds = 0;
            double holdS = 0;
            double lastEnd = 0;
            for (JsonNode r : n.path("reps")) {
                reps++;
                holds += r.path("held").asBoolean() ? 1 : 0;
                holdS += r.path("holdS").asDouble();
                assertEquals(r.path("held").asBoolean(), r.path("holdS").asDouble() >= 2.0);
                assertTrue(r.path("startS").asDouble() >= lastEnd && r.path("endS").asDouble() > r.path("startS").asDouble());
                lastEnd = r.path("endS").asDouble();
            }
            assertTrue(lastEnd <= n.path("durationS").asDouble());
            assertEquals(reps, n.path("totals").path("reps").asInt());
            assertEquals(holds, n.path("totals").path("holds").asInt());
            assertEquals(holdS, n.path("totals").path("holdS").asDouble(), 0.01);
            assertEquals(n.path("shifts").size(), n.path("totals").path("shifts").asInt());
            int levelReps = 0;
            for (JsonNode l : n.path("levels")) {
                levelReps += l.path("reps").asInt();
            }
            assertEquals(reps, levelReps);
            assertTrue(n.path("zones").path("neckS").asDouble() + n.path("zones").path("lumbarS").asDouble()
                    <= n.path("durationS").asDouble());
        }
    }

    @Test
    void theSameSeedGivesTheSameFleetAndIdsAreDistinct() {
        FleetPlan a = FleetPlan.make(3, 200, 3_000, 500, 0.02, 0.02, 0.3);
        FleetPlan b = FleetPlan.make(3, 200, 3_000, 500, 0.02, 0.02, 0.3);
        assertEquals(a, b);
        assertEquals(200, a.hubs().stream().map(FleetHub::deviceId).distinct().count());
        Set<String> ids = new HashSet<>();
        a.firsts().forEach(p -> assertTrue(ids.add(p.sessionId()), p.sessionId()));
        assertEquals(3_000, ids.size());
        Map<Publication.Kind, Integer> kinds = new HashMap<>();
        a.publications().forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
        assertTrue(kinds.getOrDefault(Publication.Kind.DUPLICATE, 0) > 20 && kinds.getOrDefault(Publication.Kind.REPLAY, 0) > 20, kinds.toString());
        double spanS = a.firsts().get(a.firsts().size() - 1).atMs() / 1000.0;
        assertEquals(6.0, spanS, 1.0, "3000 sessions at 500/s");
    }
}

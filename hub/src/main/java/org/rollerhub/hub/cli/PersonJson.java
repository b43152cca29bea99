package org.rollerhub.hub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;

/** A person and their plans as one JSON line, for {@code person list --json}. */
final class PersonJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonJson() {
    }

    static String line(Person p, List<Plan> plans) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("personId", p.personId());
        o.put("displayName", p.displayName());
        if (p.statureCm() != null) {
            o.put("statureCm", p.statureCm());
        }
        if (p.startLevel() != null) {
            o.put("startLevel", p.startLevel().name());
        }
        o.put("zone", p.zone().getId());
        o.put("createdAt", p.createdAt().toString());
        ArrayNode a = o.putArray("plans");
        for (Plan plan : plans) {
            a.addObject().put("from", plan.effectiveFrom().toString()).put("daysPerWeek", plan.daysPerWeek())
                    .put("minSecondsPerDay", plan.minSecondsPerDay()).put("levelFrom", plan.levelFrom().name())
                    .put("levelTo", plan.levelTo().name()).put("heldRepsPerSession", plan.heldRepsPerSession());
        }
        return o.toString();
    }
}

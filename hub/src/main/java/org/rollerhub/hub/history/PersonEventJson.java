package org.rollerhub.hub.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rollerhub.store.Person;

/**
 * The event published on {@code <prefix>/<deviceId>/event} when a roller moves to another person:
 * {@code {"event":"person-selected","deviceId":..,"personId":..,"displayName":..}}.
 */
public final class PersonEventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonEventJson() {
    }

    public static String line(String deviceId, Person person) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event", "person-selected");
        o.put("deviceId", deviceId);
        o.put("personId", person.personId());
        o.put("displayName", person.displayName());
        return o.toString();
    }
}

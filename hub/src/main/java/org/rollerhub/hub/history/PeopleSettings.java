package org.rollerhub.hub.history;

import java.time.ZoneId;
import java.util.Map;

/**
 * Who rolls, as configured: the hub's own user, the zone their days are counted in, and a person
 * per roller where several share a hub. The {@code person use} command and a long press of a
 * roller's button choose otherwise at run time (kept in the store), and win over these.
 *
 * @param personId the configured user's person id; null: the implicit {@code default} person,
 *     whose summaries carry no {@code user.personId}
 * @param zone the zone of a person added by the hub (the configured user, the default person)
 * @param personByRoller person id per roller device id (16 hex digits), from the configuration
 */
public record PeopleSettings(String personId, ZoneId zone, Map<String, String> personByRoller) {
    /** No people configured: one user, the system's zone. */
    public static final PeopleSettings NONE = new PeopleSettings(null, ZoneId.systemDefault(), Map.of());

    public PeopleSettings {
        personByRoller = Map.copyOf(personByRoller);
    }
}

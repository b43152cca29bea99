package org.rollerhub.hub.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollerhub.hub.history.PeopleSettings;

/** Reads the people keys ({@code user.personId}, {@code user.zone}, {@code people.rollers}) into {@link PeopleSettings}. */
final class PeopleConfig {
    private static final String PERSON_ID = "[A-Za-z0-9_-]{1,64}";

    private PeopleConfig() {
    }

    /** Each argument is the key's text, or null when not set. */
    static PeopleSettings read(String personId, String zone, String rollers) throws ConfigException {
        if (personId != null && !personId.matches(PERSON_ID)) {
            throw new ConfigException("bad value for " + ConfigKeys.PERSON_ID + ": '" + personId
                    + "' is not a person id (1-64 of A-Z a-z 0-9 _ -)");
        }
        ZoneId z = ZoneId.systemDefault();
        if (zone != null) {
            try {
                z = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new ConfigException("bad value for " + ConfigKeys.ZONE + ": '" + zone
                        + "' is not a time zone (an IANA id such as Europe/Berlin, or UTC)");
            }
        }
        Map<String, String> byRoller = new LinkedHashMap<>();
        if (rollers != null) {
            for (String item : rollers.split(",")) {
                String[] kv = item.trim().split("=", -1);
                if (kv.length != 2 || !kv[0].trim().matches("[0-9a-f]{16}") || !kv[1].trim().matches(PERSON_ID)) {
                    throw new ConfigException("bad value for " + ConfigKeys.PEOPLE_ROLLERS + ": '" + item.trim()
                            + "' is not DEVICEID=PERSON (16 lowercase hex digits, then a person id)");
                }
                byRoller.put(kv[0].trim(), kv[1].trim());
            }
        }
        return new PeopleSettings(personId, z, byRoller);
    }
}

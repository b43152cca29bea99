package org.rollerhub.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rollerhub.analytics.Level;

/**
 * Someone who rolls: their sessions, plan and progress are theirs.
 *
 * @param personId {@code [A-Za-z0-9_-]{1,64}}, as in the summary's {@code user.personId}
 * @param displayName a name or a pseudonym, for tables and Home Assistant
 * @param statureCm stature, cm (100..250); null: the hub-wide {@code user.statureCm}
 * @param startLevel the level under the roller at a session's start (T1..T12); null: the hub-wide one
 * @param zone where the person's day begins and ends (days, weeks and streaks are local)
 * @param createdAt when the person was added; plans and adherence count from that local day
 */
public record Person(String personId, String displayName, Double statureCm, Level startLevel, ZoneId zone,
        Instant createdAt) {
    /** What a person id may look like (the summary schema's {@code user.personId}). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The person a hub without people files its sessions under; never written into a summary. */
    public static final String DEFAULT_ID = "default";

    public Person {
        Objects.requireNonNull(personId, "personId");
        if (!ID.matcher(personId).matches()) {
            throw new IllegalArgumentException("bad person id '" + personId + "': use 1-64 of A-Z a-z 0-9 _ -");
        }
        displayName = displayName == null || displayName.isBlank() ? personId : displayName.strip();
        if (displayName.length() > 200) {
            throw new IllegalArgumentException("display name longer than 200 characters");
        }
        if (statureCm != null && !(statureCm >= 100 && statureCm <= 250)) {
            throw new IllegalArgumentException("stature " + statureCm + " cm is outside 100..250");
        }
        if (startLevel != null && !startLevel.thoracic()) {
            throw new IllegalArgumentException("start level " + startLevel + " is not one of T1..T12");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether this is the implicit person of a hub without people. */
    public boolean isDefault() {
        return DEFAULT_ID.equals(personId);
    }
}

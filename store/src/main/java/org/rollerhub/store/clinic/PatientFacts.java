package org.rollerhub.store.clinic;

import java.time.Instant;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.StoredSession;

/**
 * What the patient list knows of one patient, read in a few queries for all of them; the flags are
 * computed from it ({@link PatientFlags#of}).
 *
 * @param person the patient
 * @param lastSession start of their newest session, or null
 * @param plans their plans, any order
 * @param recent their sessions of the last {@link PatientListSql#RECENT_DAYS} days, figures only
 *     (no per-level rows, no summary)
 * @param deviceId the roller currently lent to them ({@code roller_assignment}), or null
 * @param hubLink the last link state that roller's hub published ({@code hub_status}), or null if never
 * @param hubSeenAt when that status was received, or null if never
 */
public record PatientFacts(Person person, Instant lastSession, List<Plan> plans, List<StoredSession> recent,
        String deviceId, String hubLink, Instant hubSeenAt) {

    public PatientFacts {
        plans = List.copyOf(plans);
        recent = List.copyOf(recent);
    }
}

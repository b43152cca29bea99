package org.rollerhub.server.ingest;

import org.rollerhub.store.HubStatus;
import org.rollerhub.store.SessionIntake;

/** What a received message holds ({@link Decoder} reads it): a session summary, a hub status, or something to drop. */
sealed interface Decoded {
    record Summary(SessionIntake.Received received) implements Decoded {
    }

    record Status(HubStatus status) implements Decoded {
    }

    /** Not a summary or status of its topic's roller: dropped, with why. */
    record Invalid(String reason) implements Decoded {
    }
}

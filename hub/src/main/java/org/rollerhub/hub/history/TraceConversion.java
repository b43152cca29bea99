package org.rollerhub.hub.history;

import org.rollerhub.pipeline.SessionTrace;
import org.rollerhub.store.Trace;

/** The pipeline's trace as the store keeps it. */
final class TraceConversion {
    private TraceConversion() {
    }

    /** The same trace for the store; null for null. */
    static Trace toStore(SessionTrace t) {
        if (t == null) {
            return null;
        }
        return new Trace(t.rateHz(), t.bands().stream().map(b -> new Trace.Band(b.level(), b.topCm(), b.bottomCm()))
                .toList(), t.positionCm(), t.loadN());
    }
}

package org.rollerhub.web.live;

/**
 * What the hub tells the web UI as it happens: the seam between the live path and the web server.
 * Each call must return at once whatever the browsers do (implementations queue and drop rather
 * than block), and may come from any link thread.
 */
public interface LiveFeed {
    /** A roller's latest status line (link state, firmware, battery...), as published on its status topic. */
    void status(String deviceId, String statusJson);

    /** A live event line ({@code rep-ended}, {@code compensation}, {@code zone-entered}...), as published. */
    void event(String deviceId, String eventJson);

    /**
     * Where the contact is and how hard it presses, at a few hertz during a session.
     *
     * @param atS the roller's clock, seconds
     * @param contactCm contact position along the spine, cm
     * @param level the spine level under the contact ({@code T7}; {@code C} or {@code L} in a zone)
     * @param loadN the load, newtons
     */
    default void sample(String deviceId, double atS, double contactCm, String level, double loadN) {
    }

    /** A feed that shows nothing. */
    LiveFeed NONE = new LiveFeed() {
        @Override
        public void status(String deviceId, String statusJson) {
        }

        @Override
        public void event(String deviceId, String eventJson) {
        }
    };
}

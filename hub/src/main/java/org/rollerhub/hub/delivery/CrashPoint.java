package org.rollerhub.hub.delivery;

/**
 * Named points on the hub's durable write path where a crash test may stop the hub. With the
 * system property {@value #PROPERTY} set to a point's name, the thread that reaches that point
 * prints {@code crash point reached: <name>} on standard error and waits for ever, so that a test
 * can kill the process with SIGKILL exactly there and check what a restart makes of the files.
 * Without the property (every real run) {@link #reached} does nothing.
 */
public final class CrashPoint {
    /** The system property naming the point to stop at. */
    public static final String PROPERTY = "roller.test.crashAt";

    /** The capture holds the whole session (flushed to the OS); nothing about the session is durable yet. */
    public static final String CAPTURE_FLUSHED = "capture-flushed";
    /** The outbox entry's temporary file is written, not yet fsynced. */
    public static final String OUTBOX_TMP_WRITTEN = "outbox-tmp-written";
    /** The temporary file is fsynced, not yet renamed into place. */
    public static final String OUTBOX_TMP_SYNCED = "outbox-tmp-synced";
    /** The entry is renamed into {@code pending/}, the folder not yet fsynced. */
    public static final String OUTBOX_RENAMED = "outbox-renamed";
    /** The folder is fsynced: the summary is durable in the outbox. */
    public static final String OUTBOX_DIR_SYNCED = "outbox-dir-synced";
    /** The session store has committed the session (after the outbox entry; start-up catches up a crash before it). */
    public static final String STORE_COMMITTED = "store-committed";
    /** The capture index has its {@code session} line. */
    public static final String INDEX_SESSION_WRITTEN = "index-session-written";

    private static final String AT = System.getProperty(PROPERTY);

    private CrashPoint() {
    }

    /** Stops this thread for good if {@code name} is the configured point; otherwise returns at once. */
    public static void reached(String name) {
        if (AT == null || !AT.equals(name)) {
            return;
        }
        System.err.println("crash point reached: " + name);
        System.err.flush();
        Object never = new Object();
        synchronized (never) {
            while (true) {
                try {
                    never.wait();
                } catch (InterruptedException e) {
                    // still waiting for the kill
                }
            }
        }
    }
}

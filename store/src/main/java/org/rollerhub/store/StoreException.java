package org.rollerhub.store;

/**
 * The store cannot do what was asked: its file is corrupt, foreign or from a newer schema, the
 * database cannot be reached, or a person or session named does not exist. The message names
 * the database (its file, or its JDBC address) and says what is wrong, ready to show a user.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The database is not one this code may open (foreign, corrupt or newer): nothing was written to it. */
    public static final class NotOurs extends StoreException {
        public NotOurs(String message) {
            super(message);
        }

        public NotOurs(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

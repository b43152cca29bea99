package org.rollerhub.reports;

/**
 * A request that cannot be met as asked: an unknown session or person, a bad date range, a path
 * that cannot be written. The message says which and is meant for the person who asked (the
 * command prints it and exits 2).
 */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}

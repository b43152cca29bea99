package org.rollerhub.analytics;

/** A place along the spine: the neck zone {@code C}, thoracic levels T1..T12 (head to feet), the lumbar zone {@code L}. */
public enum Level {
    C, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, L;

    /** Parses {@code C}, {@code T1}..{@code T12} or {@code L}, case-insensitively. */
    public static Level parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a level: '" + text + "' (expected C, T1..T12 or L)");
        }
    }

    /** Whether this is one of T1..T12. */
    public boolean thoracic() {
        return this != C && this != L;
    }
}

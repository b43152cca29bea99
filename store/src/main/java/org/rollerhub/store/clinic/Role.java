package org.rollerhub.store.clinic;

import java.util.Locale;

/** What an account may do in the clinic's web UI. */
public enum Role {
    /** Manages accounts and which physio sees which patient; sees every patient and the audit log. */
    ADMIN,
    /** Sees only the patients assigned to them. */
    PHYSIO;

    /** As the {@code account.role} column holds it: {@code admin} or {@code physio}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but {@code admin} or {@code physio} */
    public static Role parse(String text) {
        if (text != null) {
            for (Role r : values()) {
                if (r.text().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role '" + text + "' is not admin or physio");
    }
}

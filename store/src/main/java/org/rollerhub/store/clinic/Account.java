package org.rollerhub.store.clinic;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who logs in to the clinic's web UI.
 *
 * @param username {@code [a-z0-9._-]{2,64}}, lower case (the login name)
 * @param displayName a name for pages and the audit log (1..200 characters)
 * @param role admin or physio
 * @param passwordHash the password's bcrypt hash ({@code $2...}); never the password
 * @param createdAt when the account was added
 */
public record Account(String username, String displayName, Role role, String passwordHash, Instant createdAt) {
    /** What a username may look like. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    public Account {
        Objects.requireNonNull(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username '" + username + "': use 2-64 of a-z 0-9 . _ -");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (displayName.length() > 200) {
            throw new IllegalArgumentException("display name longer than 200 characters");
        }
        Objects.requireNonNull(role, "role");
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("the password hash must be a bcrypt hash");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }
}

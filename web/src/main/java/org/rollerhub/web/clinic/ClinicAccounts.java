package org.rollerhub.web.clinic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.rollerhub.store.StoreException;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.AuditEntry;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.Role;
import org.rollerhub.web.security.LoginPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Passwords of the clinic's accounts (bcrypt, as the hub's login: {@link LoginPassword#hash}) and
 * the first administrator. Only hashes reach the store.
 */
public final class ClinicAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicAccounts.class);
    /** The shortest password an account may have, characters. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** Checked against when the username is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY_HASH = LoginPassword.hash("not a password");

    private ClinicAccounts() {
    }

    /** The bcrypt hash of {@code password}. */
    public static String hash(String password) {
        return LoginPassword.hash(password);
    }

    /** Whether {@code password} is {@code account}'s; with no account, false after as long a check. */
    static boolean matches(Account account, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        boolean ok = BCrypt.checkpw(password, account == null ? DUMMY_HASH : account.passwordHash());
        return ok && account != null;
    }

    /** What is wrong with {@code password} for a new account, or null if nothing. */
    public static String passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "at least " + MIN_PASSWORD_LENGTH + " characters";
        }
        return null;
    }

    /**
     * Makes the first administrator unless an account named {@code username} exists (then nothing
     * changes, whatever password is given). The password is, first to last: {@code password}
     * (e.g. {@code ROLLER_CLINIC_ADMIN_PASSWORD}), the first line of {@code passwordFile}, or a new
     * random one, which is logged once as a WARN line starting {@code clinic web UI: first start}
     * and returned for the caller to show; it is kept nowhere but as a hash.
     *
     * @param password the password, or null
     * @param passwordFile a file whose first line is the password, or null
     * @return the generated password, or null if none was generated (the account existed, or a password was given)
     * @throws IllegalArgumentException if the username or the password given is not acceptable
     * @throws IOException if the file cannot be read
     */
    public static String ensureAdmin(ClinicStore clinic, String username, String password, Path passwordFile, Clock clock)
            throws IOException {
        if (clinic.account(username).isPresent()) {
            return null;
        }
        String chosen = password;
        if (chosen == null && passwordFile != null) {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            chosen = lines.isEmpty() ? "" : lines.get(0);
        }
        String generated = null;
        if (chosen == null) {
            generated = LoginPassword.random(16);
            chosen = generated;
        }
        String problem = passwordProblem(chosen);
        if (problem != null) {
            throw new IllegalArgumentException("the clinic administrator's password must have " + problem);
        }
        try {
            clinic.addAccount(new Account(username, "Administrator", Role.ADMIN, hash(chosen), clock.instant()));
        } catch (StoreException e) {
            if (clinic.account(username).isPresent()) {
                return null; // another instance, started at the same moment on the same empty database, made it
            }
            throw e;
        }
        clinic.audit(new AuditEntry(clock.instant(), username, "account-added", null, "first administrator"));
        if (generated != null) {
            LOG.warn("clinic web UI: first start, so the administrator account '{}' was made; its password is shown "
                    + "this once: {} (log in and make the other accounts)", username, generated);
        }
        return generated;
    }
}

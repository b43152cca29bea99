package org.rollerhub.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The one login password, held only as a bcrypt hash. Where it comes from, in order: the password
 * given ({@code ROLLER_WEB_PASSWORD}), the first line of a password file ({@code web.passwordFile}),
 * a hash generated at an earlier first start, or, failing all, a new random password whose hash is
 * written to {@code generatedHashFile} and which is handed back once ({@link #generated()}) for the
 * caller to print.
 */
public final class LoginPassword {
    /** bcrypt's cost: 2^10 rounds, about 0.1 s on a Raspberry Pi 4 per check. */
    private static final int BCRYPT_COST = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final String hash;
    private final String generated;
    private final String source;

    private LoginPassword(String hash, String generated, String source) {
        this.hash = hash;
        this.generated = generated;
        this.source = source;
    }

    /**
     * @param password the password itself, or null
     * @param passwordFile a file whose first line is the password, or null
     * @param hashFile where a generated password's hash lives, or null to generate one for this run only
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if the password given is empty
     */
    public static LoginPassword resolve(String password, Path passwordFile, Path hashFile) throws IOException {
        if (password != null) {
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the web password (ROLLER_WEB_PASSWORD) is empty");
            }
            return new LoginPassword(hash(password), null, "ROLLER_WEB_PASSWORD");
        }
        if (passwordFile != null) {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new IllegalArgumentException("the web password file " + passwordFile + " (web.passwordFile) is empty");
            }
            return new LoginPassword(hash(lines.get(0)), null, "web.passwordFile " + passwordFile);
        }
        if (hashFile != null && Files.isRegularFile(hashFile)) {
            String stored = Files.readString(hashFile, StandardCharsets.US_ASCII).trim();
            if (stored.startsWith("$2")) {
                return new LoginPassword(stored, null, "generated at first start (hash in " + hashFile + ")");
            }
        }
        String fresh = random(16);
        String h = hash(fresh);
        if (hashFile != null) {
            write(hashFile, h);
        }
        return new LoginPassword(h, fresh, hashFile == null ? "generated for this run" : "generated (hash in " + hashFile + ")");
    }

    /** Whether {@code attempt} is the password (constant time in the hash's work factor). */
    public boolean matches(String attempt) {
        return attempt != null && !attempt.isEmpty() && BCrypt.checkpw(attempt, hash);
    }

    /** The password in clear if it was generated just now (to print once), else null. */
    public String generated() {
        return generated;
    }

    /** Where the password came from, for the log (never the password). */
    public String source() {
        return source;
    }

    /** The bcrypt hash of {@code password} (cost {@value #BCRYPT_COST}), for the hub's login and the clinic's accounts. */
    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
    }

    /** A new random password of {@code n} letters and digits, none that read alike (no l, 1, O, 0). */
    public static String random(int n) {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".web-password", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system keeps its own permissions
        }
        Files.writeString(tmp, text + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

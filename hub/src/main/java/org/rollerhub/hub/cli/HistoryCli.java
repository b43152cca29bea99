package org.rollerhub.hub.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.rollerhub.hub.config.ConfigKeys;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoreException;

/**
 * What the history commands share: the data folder, opening its store, choosing a person, and
 * turning a failure into a message and an exit code ({@link Failure}).
 */
final class HistoryCli {
    private HistoryCli() {
    }

    /** A command cannot go on: {@code code} 2 for bad usage (option, person, file not ours), 1 for the rest. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The option's folder, else {@code $ROLLER_DATA_DIR}, else {@code ~/.roller-hub}; it must exist. */
    static Path dataDir(Path option) {
        Path dir = option;
        if (dir == null) {
            String env = System.getenv(ConfigKeys.envName(ConfigKeys.DATA_DIR));
            dir = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".roller-hub");
        }
        if (!Files.isDirectory(dir)) {
            throw new Failure(2, "no data folder at " + dir + " (give --data-dir)");
        }
        return dir;
    }

    /** Opens {@code <dataDir>/history.db}; a file that is not ours is exit 2, other failures 1. */
    static SessionStore open(Path dataDir) {
        try {
            return SqliteStore.open(dataDir.resolve(HubHistory.FILE));
        } catch (StoreException.NotOurs e) {
            throw new Failure(2, e.getMessage());
        } catch (StoreException e) {
            throw new Failure(1, e.getMessage());
        }
    }

    /**
     * The person named, which must exist; without a name, the only person there is (the hub's
     * default person counts only when alone).
     */
    static Person person(SessionStore store, String personId) {
        List<Person> people = store.people();
        if (personId != null) {
            return people.stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow(() -> new Failure(2,
                    "unknown person '" + personId + "' (known: " + ids(people) + ")"));
        }
        List<Person> real = people.stream().filter(p -> !p.isDefault()).toList();
        if (real.size() == 1) {
            return real.get(0);
        }
        if (real.isEmpty() && people.size() == 1) {
            return people.get(0);
        }
        if (people.isEmpty()) {
            throw new Failure(2, "no people and no sessions yet in " + store.name());
        }
        throw new Failure(2, "several people: give --person (one of: " + ids(people) + ")");
    }

    private static String ids(List<Person> people) {
        return people.isEmpty() ? "none" : people.stream().map(Person::personId).collect(Collectors.joining(", "));
    }

    /** An ISO date from an option, or exit 2 naming the option. */
    static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Failure(2, "bad value for option " + option + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** Runs a command body, printing a failure as {@code roller-hub <name>: <message>} and returning its code. */
    static int run(String name, java.util.function.IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (Failure e) {
            System.err.println("roller-hub " + name + ": " + e.getMessage());
            return e.code;
        } catch (StoreException e) {
            System.err.println("roller-hub " + name + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("roller-hub " + name + ": " + e.getMessage());
            return 2;
        }
    }
}

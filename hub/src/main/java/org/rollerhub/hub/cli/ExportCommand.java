package org.rollerhub.hub.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.rollerhub.hub.HubMain;
import org.rollerhub.hub.config.ConfigKeys;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Format;
import org.rollerhub.reports.Paper;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: a session or progress report (pdf, html), or the sessions' rows (csv, fhir), read
 * from the hub's history ({@code <dataDir>/history.db}) and written atomically to {@code --out}.
 * The work is {@link Exports}'; this class reads the command line and maps failures to exit codes.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes what a physiotherapist takes away: with --session, that session's report (pdf, html) "
                + "or rows (csv, fhir); otherwise a person's progress report over --from..--to (pdf, html) or every "
                + "session in that range (csv, fhir). csv writes a new folder, or a zip when --out ends in .zip. "
                + "The file appears whole or not at all."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:the history could not be read or the export failed unexpectedly",
            "2:bad command line, unknown session or person, no history, or --out cannot be written"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "pdf|html|csv|fhir", description = "what to write")
    String format;

    @Option(names = "--session", paramLabel = "ID", description = "one session's report or rows")
    String sessionId;

    @Option(names = "--person", paramLabel = "P", description = "whose sessions (default: the hub's only person)")
    String personId;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYY-MM-DD, in the person's zone (default: their first)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, YYYY-MM-DD, inclusive (default: today)")
    String to;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "page size of pdf and html (default: a4)")
    String paper;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub; the service uses /var/lib/roller-hub)")
    Path dataDir;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write (csv: a new folder, or a .zip)")
    Path out;

    @Override
    public Integer call() {
        ExportRequest request;
        try {
            request = new ExportRequest(Format.parse(format), sessionId, personId, date("--from", from), date("--to", to),
                    Paper.parse(paper), out);
        } catch (ExportException e) {
            return usage(e.getMessage());
        }
        Path data = dataDir != null ? dataDir : defaultDataDir();
        Path db = data.resolve("history.db");
        if (!Files.isRegularFile(db)) {
            return usage("no session history at " + db + " (give the hub's --data-dir)");
        }
        try (JdbcSessionStore store = SqliteStore.open(db)) {
            Exports.Result r = Exports.run(store, request, Clock.systemDefaultZone(), version());
            String what = request.sessionId() != null ? "session " + request.sessionId()
                    : r.sessions() + " session(s) from " + r.from() + " to " + r.to();
            System.out.println("Wrote " + request.format().name().toLowerCase(java.util.Locale.ROOT) + " of " + what
                    + " to " + out);
            return 0;
        } catch (ExportException e) {
            return usage(e.getMessage());
        } catch (StoreException.NotOurs e) {
            return usage(e.getMessage());
        } catch (StoreException e) {
            System.err.println("roller-hub export: " + e.getMessage());
            return 1;
        }
    }

    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ExportException(option + " '" + text + "' is not a date: use YYYY-MM-DD");
        }
    }

    private static int usage(String message) {
        System.err.println("roller-hub export: " + message);
        return 2;
    }

    private static String version() {
        String v = HubMain.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static Path defaultDataDir() {
        String env = System.getenv(ConfigKeys.envName(ConfigKeys.DATA_DIR));
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".roller-hub");
    }
}

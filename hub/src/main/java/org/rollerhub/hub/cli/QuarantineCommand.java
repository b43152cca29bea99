package org.rollerhub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rollerhub.hub.config.ConfigKeys;
import org.rollerhub.hub.delivery.Quarantine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quarantine}: lists the outbox files the hub set aside as untrustworthy (unreadable, or a
 * field that failed validation), with the reason for each. The hub never deletes them; a person
 * repairs or deletes them after reading this.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"Lists the session summaries the hub quarantined: outbox files it could not trust "
                + "(unreadable, or a field that failed validation), with why. They are never published and never "
                + "deleted by the hub; repair or delete them by hand."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed (possibly none)", "1:the quarantine could not be read", "2:bad command line or no such data folder"})
public final class QuarantineCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub; the service uses /var/lib/roller-hub)")
    Path dataDir;

    @Option(names = "--outbox-dir", paramLabel = "DIR", description = "the outbox folder, when configured apart (default: DIR/outbox)")
    Path outboxDir;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Path data = dataDir != null ? dataDir : defaultDataDir();
        Path outbox = outboxDir != null ? outboxDir : data.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            System.err.println("roller-hub quarantine: no outbox folder at " + outbox + " (give --data-dir or --outbox-dir)");
            return 2;
        }
        Quarantine quarantine = new Quarantine(outbox);
        List<Quarantine.Item> items;
        try {
            items = quarantine.items();
        } catch (IOException e) {
            System.err.println("roller-hub quarantine: cannot read " + quarantine.dir() + ": " + e.getMessage());
            return 1;
        }
        if (items.isEmpty()) {
            out.println("Nothing quarantined in " + quarantine.dir() + ".");
            return 0;
        }
        out.println(items.size() + " quarantined file(s) in " + quarantine.dir() + ", never published:");
        for (Quarantine.Item item : items) {
            out.println("  " + item.file().getFileName() + "  " + item.reason());
        }
        out.println("Repair a file and move it back to " + outbox.resolve("pending") + " (with the hub stopped), or delete it.");
        return 0;
    }

    private static Path defaultDataDir() {
        String env = System.getenv(ConfigKeys.envName(ConfigKeys.DATA_DIR));
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".roller-hub");
    }
}

package org.rollerhub.hub.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rollerhub.hub.history.PersonProgress;
import org.rollerhub.hub.history.ProgressJson;
import org.rollerhub.store.Person;
import org.rollerhub.store.Progress;
import org.rollerhub.store.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code progress}: a person's adherence to their plan, streaks and trends, week by week. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = {"A person's progress: days with a session, current and longest streak, minutes and levels "
                + "covered per week, adherence to their plan week by week, and trends per week and per level "
                + "(reps, held reps, mean hold time, compensation rate, neck and lumbar time, shifts).",
            "Days are the person's local days; definitions in docs/history.md."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:shown", "1:the history could not be read",
            "2:bad option, unknown person, or a history file that is not ours"})
public final class ProgressCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
    Path dataDir;

    @Option(names = "--person", paramLabel = "ID", description = "whose progress (default: the only person)")
    String person;

    @Option(names = "--weeks", paramLabel = "N", description = "weeks to show, ending with this one (default ${DEFAULT-VALUE})")
    int weeks = 8;

    @Option(names = "--today", paramLabel = "DATE", hidden = true, description = "the day to count up to (tests)")
    String today;

    @Option(names = "--json", description = "the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        return HistoryCli.run("progress", () -> {
            if (weeks < 1 || weeks > 520) {
                throw new HistoryCli.Failure(2, "bad value for option --weeks: '" + weeks + "' must be 1..520");
            }
            LocalDate day = HistoryCli.date(today, "--today");
            try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                Person p = HistoryCli.person(store, person);
                Progress progress = PersonProgress.of(store, p, day != null ? day : LocalDate.now(p.zone()), weeks);
                System.out.print(json ? ProgressJson.full(progress) + "\n" : ProgressTable.format(progress));
                System.out.flush();
                return 0;
            }
        });
    }

}

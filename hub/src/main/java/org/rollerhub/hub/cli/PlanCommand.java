package org.rollerhub.hub.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plan set}: a person's plan, from a date on. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Manages plans: plan set.",
        subcommands = PlanCommand.Set.class)
public final class PlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Sets a person's plan from a day on (default: today); adherence counts each day against the "
                + "plan in force that day. Unset options keep the values of the plan in force on that day, else the default "
                + "(60 s on 5 days a week, T4 to T8, 3 held reps a session)."})
    static final class Set implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
        Path dataDir;

        @Option(names = "--person", paramLabel = "ID", description = "whose plan (default: the only person)")
        String person;

        @Option(names = "--from", paramLabel = "DATE", description = "first day in force, YYYY-MM-DD (default: today)")
        String from;

        @Option(names = "--days-per-week", paramLabel = "N", description = "days a week (1..7)")
        Integer daysPerWeek;

        @Option(names = "--min-seconds", paramLabel = "S", description = "least rolling time a day, s")
        Integer minSeconds;

        @Option(names = "--levels", paramLabel = "T4-T8", description = "levels to cover each week, head end first")
        String levels;

        @Option(names = "--held-reps", paramLabel = "N", description = "held reps a session")
        Integer heldReps;

        @Override
        public Integer call() {
            return HistoryCli.run("plan set", () -> {
                try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                    Person p = HistoryCli.person(store, person);
                    LocalDate day = from != null ? HistoryCli.date(from, "--from") : LocalDate.now(p.zone());
                    Plan was = Plan.defaultFrom(day);
                    for (Plan earlier : store.plans(p.personId())) {
                        if (!earlier.effectiveFrom().isAfter(day)) {
                            was = earlier;
                        }
                    }
                    Level top = was.levelFrom();
                    Level bottom = was.levelTo();
                    if (levels != null) {
                        String[] parts = levels.split("-", -1);
                        if (parts.length != 2) {
                            throw new HistoryCli.Failure(2, "bad value for option --levels: '" + levels
                                    + "' is not FROM-TO (e.g. T4-T8)");
                        }
                        top = Level.parse(parts[0]);
                        bottom = Level.parse(parts[1]);
                    }
                    Plan plan = new Plan(day, daysPerWeek != null ? daysPerWeek : was.daysPerWeek(),
                            minSeconds != null ? minSeconds : was.minSecondsPerDay(), top, bottom,
                            heldReps != null ? heldReps : was.heldRepsPerSession());
                    store.setPlan(p.personId(), plan);
                    System.out.println(p.personId() + ": from " + day + ", " + PersonCommand.plan(plan));
                }
                return 0;
            });
        }
    }
}

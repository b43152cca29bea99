package org.rollerhub.hub.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person add|list|set|use}: the people who share the hub. */
@Command(name = "person", mixinStandardHelpOptions = true,
        description = "Manages the people in the session history: add, list, set, and use (who rolls on a roller).",
        subcommands = {PersonCommand.Add.class, PersonCommand.ListPeople.class, PersonCommand.Set.class,
            PersonCommand.Use.class})
public final class PersonCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by add and set. */
    static class Details {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
        Path dataDir;

        @Option(names = "--name", paramLabel = "TEXT", description = "display name or pseudonym")
        String name;

        @Option(names = "--stature-cm", paramLabel = "CM", description = "stature, cm (100..250); replaces the hub's for their sessions")
        Double statureCm;

        @Option(names = "--start-level", paramLabel = "LEVEL", converter = LevelConverter.class,
                description = "level under the roller at a session's start (T1..T12)")
        Level startLevel;

        @Option(names = "--zone", paramLabel = "ZONE", description = "time zone of their days (IANA id, default: the system's)")
        String zone;

        ZoneId zone(ZoneId otherwise) {
            if (zone == null) {
                return otherwise;
            }
            try {
                return ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new HistoryCli.Failure(2, "bad value for option --zone: '" + zone
                        + "' is not a time zone (an IANA id such as Europe/Berlin, or UTC)");
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a person.")
    static final class Add extends Details implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "person id: 1-64 of A-Z a-z 0-9 _ - (as in the summaries' user.personId)")
        String id;

        @Override
        public Integer call() {
            return HistoryCli.run("person add", () -> {
                Person p = new Person(id, name, statureCm, startLevel, zone(ZoneId.systemDefault()), Instant.now());
                try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                    if (store.person(id).isPresent()) {
                        throw new HistoryCli.Failure(2, "person '" + id + "' already exists (use 'person set')");
                    }
                    store.addPerson(p);
                }
                System.out.println("Added " + describe(p));
                return 0;
            });
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Changes a person's name, stature, start level or zone.")
    static final class Set extends Details implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the person")
        String id;

        @Override
        public Integer call() {
            return HistoryCli.run("person set", () -> {
                try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                    Person was = HistoryCli.person(store, id);
                    Person p = new Person(id, name != null ? name : was.displayName(),
                            statureCm != null ? statureCm : was.statureCm(),
                            startLevel != null ? startLevel : was.startLevel(), zone(was.zone()), was.createdAt());
                    store.updatePerson(p);
                    System.out.println("Now " + describe(p));
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the people, their plans and who rolls where.")
    static final class ListPeople implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
        Path dataDir;

        @Override
        public Integer call() {
            return HistoryCli.run("person list", () -> {
                try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                    List<Person> people = store.people();
                    if (people.isEmpty()) {
                        System.out.println("No people yet.");
                    }
                    Optional<String> everywhere = store.selectedPerson("*");
                    for (Person p : people) {
                        System.out.println(describe(p) + (everywhere.filter(p.personId()::equals).isPresent()
                                ? "  [rolling on every roller without its own]" : ""));
                        List<Plan> plans = store.plans(p.personId());
                        if (plans.isEmpty()) {
                            System.out.println("    plan: the default (" + plan(Plan.defaultFrom(p.createdAt()
                                    .atZone(p.zone()).toLocalDate())) + ")");
                        }
                        plans.forEach(plan -> System.out.println("    plan from " + plan.effectiveFrom() + ": " + plan(plan)));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = "Chooses who rolls from now on: on one roller (--roller), or on every roller without its own choice.")
    static final class Use implements Callable<Integer> {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
        Path dataDir;

        @Option(names = "--roller", paramLabel = "DEVICEID", description = "the roller's device id (16 hex digits)")
        String roller;

        @Parameters(paramLabel = "ID", description = "the person")
        String id;

        @Override
        public Integer call() {
            return HistoryCli.run("person use", () -> {
                if (roller != null && !roller.matches("[0-9a-f]{16}")) {
                    throw new HistoryCli.Failure(2, "bad value for option --roller: '" + roller
                            + "' is not a device id (16 lowercase hex digits)");
                }
                try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                    Person p = HistoryCli.person(store, id);
                    store.selectPerson(roller == null ? "*" : roller, p.personId());
                    System.out.println(describe(p) + " now rolls on " + (roller == null ? "every roller without its own choice"
                            : roller) + " (from its next session).");
                }
                return 0;
            });
        }
    }

    static String describe(Person p) {
        return String.format(Locale.ROOT, "%s (%s): stature %s, start level %s, zone %s", p.personId(), p.displayName(),
                p.statureCm() == null ? "the hub's" : p.statureCm() + " cm",
                p.startLevel() == null ? "the hub's" : p.startLevel(), p.zone().getId());
    }

    static String plan(Plan p) {
        return String.format(Locale.ROOT, "%d days a week, at least %d s a day, %s to %s, %d held reps a session",
                p.daysPerWeek(), p.minSecondsPerDay(), p.levelFrom(), p.levelTo(), p.heldRepsPerSession());
    }
}

package org.rollerhub.server.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.rollerhub.store.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patients add|list}: the clinic's patients (the store's people). */
@Command(name = "patients", mixinStandardHelpOptions = true, description = "Adds and lists patients.",
        subcommands = {PatientsCommand.Add.class, PatientsCommand.ListAll.class})
public final class PatientsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a patient.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "patient id: 1-64 of A-Z a-z 0-9 _ - (as a hub's user.personId)")
        String id;

        @Option(names = "--name", paramLabel = "TEXT", description = "display name or pseudonym (default: the id)")
        String name;

        @Option(names = "--zone", paramLabel = "ZONE", description = "time zone of their days (IANA id, default ${DEFAULT-VALUE})")
        String zone = "UTC";

        @Mixin
        DbOptions db;

        @Override
        public Integer call() {
            return Cli.run("patients add", db, () -> {
                ZoneId z;
                try {
                    z = ZoneId.of(zone);
                } catch (DateTimeException e) {
                    throw new Cli.Failure(2, "bad value for option --zone: '" + zone + "' is not a time zone (e.g. Europe/Berlin)");
                }
                Person p = new Person(id, name, null, null, z, Instant.now());
                return store -> {
                    if (store.person(id).isPresent()) {
                        throw new Cli.Failure(2, "patient '" + id + "' already exists");
                    }
                    store.addPerson(p);
                    System.out.println("Added patient " + p.personId() + " (" + p.displayName() + ", " + z.getId() + ")");
                };
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists patients by id, with their name and time zone.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        DbOptions db;

        @Override
        public Integer call() {
            return Cli.run("patients list", db, () -> store -> {
                for (Person p : store.people()) {
                    System.out.printf("%-30s %-30s %s%n", p.personId(), p.displayName(), p.zone().getId());
                }
            });
        }
    }
}

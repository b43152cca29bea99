package org.rollerhub.server.cli;

import picocli.CommandLine.Option;

/** The database options every command takes. */
public final class DbOptions {
    @Option(names = "--db", required = true, paramLabel = "JDBC-URL",
            description = "the clinic's PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/clinic")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: the URL's, else the driver's)")
    String user;

    /** The password: environment variable ROLLER_DB_PASSWORD (never an option: it would show in ps). */
    String password() {
        return System.getenv("ROLLER_DB_PASSWORD");
    }

    /** The URL, checked to be a PostgreSQL one. */
    String checkedUrl() {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new Cli.Failure(2, "bad value for option --db: '" + url + "' is not jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        return url;
    }
}

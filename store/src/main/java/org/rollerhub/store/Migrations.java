package org.rollerhub.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's schema, versioned by Flyway: the scripts in {@code db/migration} on the class path
 * ({@code V<n>__<what>.sql}), the same for SQLite and PostgreSQL. A database whose history holds
 * a version this build does not know was written by a newer build: it is refused, never touched.
 */
final class Migrations {
    /** The newest schema version this build knows. */
    static final String LATEST = "3";

    private Migrations() {
    }

    /** The versions Flyway applied successfully, or null when the database has no schema history yet. */
    private static List<String> appliedVersions(DataSource source) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException noHistory) {
            return null; // new (or foreign: Flyway's own checks below say so)
        }
    }

    /**
     * Checks the schema history and brings the schema up to {@link #LATEST}.
     *
     * @param name the database as messages name it
     * @throws StoreException.NotOurs if the database is from a newer schema or has tables that are not ours
     */
    static void migrate(DataSource source, String name) {
        List<String> applied = appliedVersions(source);
        if (applied != null) {
            for (String v : applied) {
                if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) > Integer.parseInt(LATEST)) {
                    throw new StoreException.NotOurs(name + " has schema version " + v + ", newer than this roller-hub "
                            + "knows (" + LATEST + "): use a newer roller-hub; the file is left as it is");
                }
            }
            if (applied.contains(LATEST)) {
                return; // up to date: no need to start Flyway (it scans the class path: most of a command's time)
            }
        }
        Flyway flyway = Flyway.configure().dataSource(source).locations("classpath:db/migration")
                .loggers("slf4j").load();
        try {
            MigrationInfo[] all = flyway.info().all();
            String newer = Arrays.stream(all).filter(i -> i.getState().name().startsWith("FUTURE"))
                    .map(i -> i.getVersion().toString()).reduce((a, b) -> b).orElse(null);
            if (newer != null) {
                throw new StoreException.NotOurs(name + " has schema version " + newer
                        + ", newer than this roller-hub knows (" + LATEST + "): use a newer roller-hub; the file is left as it is");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("non-empty schema") || m.contains("without a schema history table")) {
                throw new StoreException.NotOurs(name + " is not a roller-hub database (it holds other tables): "
                        + "nothing was written to it", e);
            }
            throw new StoreException(name + ": cannot bring the schema up to date: " + m, e);
        }
    }
}

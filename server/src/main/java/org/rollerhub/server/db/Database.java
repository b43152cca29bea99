package org.rollerhub.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.PostgresStore;

/**
 * The clinic's PostgreSQL: a HikariCP pool and the store on it. The pool does not fail when the
 * database is away at start (the caller retries {@link #open}); a connection is waited for at
 * most {@link #CONNECTION_TIMEOUT_MS}, so a lost database shows up as a quick failure, never a hang.
 */
public final class Database implements AutoCloseable {
    /** How long a caller waits for a connection before the attempt fails, ms. */
    public static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final HikariDataSource pool;
    private final String name;

    /**
     * @param jdbcUrl {@code jdbc:postgresql://host:port/db}; credentials may be in its query
     * @param user user name, or null for the URL's (or the driver's default)
     * @param password password, or null
     * @param poolSize most connections held at once
     */
    public Database(String jdbcUrl, String user, String password, int poolSize) {
        this.name = nameOf(jdbcUrl);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl);
        if (user != null) {
            c.setUsername(user);
        }
        if (password != null) {
            c.setPassword(password);
        }
        c.setPoolName("roller-db");
        c.setMaximumPoolSize(poolSize);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        c.setInitializationFailTimeout(-1); // start without the database; open() says whether it is there
        // pgjdbc, seconds: a half-open TCP connection must not hang a commit for ever
        c.addDataSourceProperty("connectTimeout", "5");
        c.addDataSourceProperty("socketTimeout", "60");
        c.addDataSourceProperty("tcpKeepAlive", "true");
        this.pool = new HikariDataSource(c);
    }

    /** The database as messages name it: its URL without the query (where credentials may be). */
    public String name() {
        return name;
    }

    /** The URL without its query string. */
    public static String nameOf(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
    }

    /**
     * Brings the schema up to date and opens the store (once per process).
     *
     * @throws org.rollerhub.store.StoreException if the database cannot be reached, or
     *     {@link org.rollerhub.store.StoreException.NotOurs} if it is not ours
     */
    public JdbcSessionStore open() {
        return PostgresStore.open(pool, name);
    }

    /**
     * Why a database call failed, in one line: the message of the deepest cause (the driver's
     * "Connection to HOST:PORT refused", not the layers of pool and migration tool around it).
     */
    public static String why(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        pool.close();
    }
}

package org.rollerhub.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on the store's database in one transaction (see {@link JdbcSessionStore#transaction}):
 * for the store's companions that keep their own tables in the same database (the clinic's
 * accounts and audit), so that they share its connections and its SQLite lock.
 */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}

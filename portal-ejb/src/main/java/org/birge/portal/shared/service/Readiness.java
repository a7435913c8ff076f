package org.birge.portal.shared.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether the portal can serve: the database answers and its schema is migrated. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness {

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    public record Status(boolean database, boolean migrations) {
        public boolean ready() {
            return database && migrations;
        }
    }

    public Status check() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (SQLException e) {
            database = false;
        }
        return new Status(database, migration.isMigrated());
    }
}

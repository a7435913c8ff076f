package org.birge.portal.shared.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned migrations before anything else runs, and loads the
 * demonstration data into an empty development database when {@code portal.demo-data} is on.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean demoData;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load()
                .migrate();
        if (demoData) {
            loadDemoData(loader);
        }
        migrated = true;
    }

    private void loadDemoData(ClassLoader loader) {
        if (!tableExists("flyway_demo_history") && countRows("region") > 0) {
            LOG.info("portal.demo-data is on, but the database holds regions already: no demo data loaded");
            return;
        }
        Flyway.configure(loader)
                .dataSource(dataSource)
                .table("flyway_demo_history")
                .locations("classpath:db/demo")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    public boolean isMigrated() {
        return migrated;
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    private boolean tableExists(String table) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    private long countRows(String table) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }
}

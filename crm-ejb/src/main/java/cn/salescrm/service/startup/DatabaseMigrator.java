package cn.salescrm.service.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application deploys, before any service runs.
 * The scripts in {@code db/migration} are the only source of the schema, on H2 and PostgreSQL
 * alike; EclipseLink generates nothing. Flyway's own lock table keeps two servers starting
 * together from migrating twice.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    private boolean customerSearchTable;

    @PostConstruct
    void migrate() {
        String product = databaseProduct();
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MigrationLocations.forProduct(product))
                .load()
                .migrate();
        LOG.info(() -> String.format("Database schema at version %s (%d migrations applied now, database %s)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, result.database));
        customerSearchTable = MigrationLocations.hasCustomerSearchTable(product);
    }

    /**
     * Returns whether the database has the table {@code customer_search} with its trigram indexes,
     * which only the PostgreSQL scripts create.
     */
    @Lock(LockType.READ)
    @PermitAll
    public boolean hasCustomerSearchTable() {
        return customerSearchTable;
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the database product of CrmDS failed", e);
        }
    }
}

package cn.salescrm.service.startup;

import cn.salescrm.service.demo.DemoDataGenerator;
import cn.salescrm.service.demo.DemoDataSize;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills an empty database with the demo data set at deployment, unless demo data is switched off
 * with the environment variable {@code CRM_DEMO_DATA=false} or the system property
 * {@code crm.demo-data=false}, as production does. A database that has any customer is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @PostConstruct
    void loadIfEmpty() {
        if (!isEnabled()) {
            LOG.info("Demo data is switched off");
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (hasCustomers(connection)) {
                LOG.info("Database already has customers; demo data not loaded");
                return;
            }
            var summary = new DemoDataGenerator(connection, DemoDataSize.standard()).generate();
            LOG.info(() -> "Demo data loaded: " + summary);
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Loading demo data failed; the application starts without it", e);
        }
    }

    /** Returns whether demo data should be loaded; the environment variable wins over the property. */
    static boolean isEnabled() {
        String setting = System.getenv("CRM_DEMO_DATA");
        if (setting == null || setting.isBlank()) {
            setting = System.getProperty("crm.demo-data", "true");
        }
        return Boolean.parseBoolean(setting.trim());
    }

    private static boolean hasCustomers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM customer FETCH FIRST 1 ROWS ONLY")) {
            return rows.next();
        }
    }
}

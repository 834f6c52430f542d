package cn.salescrm.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fills an in-memory H2 database with the standard demo data set and checks what demos rely on. */
class DemoDataGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private static Connection connection;
    private static DemoDataSummary summary;

    @BeforeAll
    static void generateStandardDataSet() throws SQLException {
        connection = migratedDatabase("demo_generator_main");
        summary = new DemoDataGenerator(connection, DemoDataSize.standard(),
                DemoDataGenerator.DEFAULT_SEED, CLOCK).generate();
    }

    @AfterAll
    static void closeDatabase() throws SQLException {
        connection.close();
    }

    @Test
    void salespeopleSpreadOverRegions() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM salesperson") >= 40, "at least 40 salespeople");
        assertTrue(count("SELECT COUNT(DISTINCT region_id) FROM salesperson") >= 4,
                "salespeople in at least 4 regions");
        assertEquals(0, count("SELECT COUNT(*) FROM salesperson WHERE merchandiser_id IS NULL"),
                "salespeople without a merchandiser");
    }

    @Test
    void loginNamesOfFirstPeopleAreFixed() throws SQLException {
        for (int i = 1; i <= 40; i++) {
            String login = String.format("sales%02d", i);
            assertEquals(1, count("SELECT COUNT(*) FROM salesperson WHERE login_name = '" + login
                    + "' AND active = TRUE"), "active salesperson " + login);
        }
        for (int i = 1; i <= 10; i++) {
            String login = String.format("merch%02d", i);
            assertEquals(1, count("SELECT COUNT(*) FROM merchandiser WHERE login_name = '" + login + "'"),
                    "merchandiser " + login);
        }
    }

    @Test
    void standardSizeHasThousandCustomers() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM customer") >= 1_000, "at least 1,000 customers");
        assertEquals(count("SELECT COUNT(*) FROM customer"), summary.rowCount("customer"),
                "summary count of customers");
    }

    @Test
    void everyScaleInUse() throws SQLException {
        for (CustomerScale scale : CustomerScale.values()) {
            assertTrue(customersWith("scale", scale.name()) > 0, "customers of scale " + scale);
        }
    }

    @Test
    void everyCustomerTypeInUse() throws SQLException {
        for (CustomerType type : CustomerType.values()) {
            assertTrue(customersWith("customer_type", type.name()) > 0, "customers of type " + type);
        }
    }

    @Test
    void everyBusinessStatusInUse() throws SQLException {
        for (BusinessStatus status : BusinessStatus.values()) {
            assertTrue(customersWith("business_status", status.name()) > 0,
                    "customers with business status " + status);
        }
    }

    @Test
    void everyCustomerStatusInUse() throws SQLException {
        for (CustomerStatus status : CustomerStatus.values()) {
            assertTrue(customersWith("status", status.name()) > 0, "customers with status " + status);
        }
    }

    @Test
    void everyTerritoryInUse() throws SQLException {
        for (Territory territory : Territory.values()) {
            assertTrue(customersWith("territory", territory.name()) > 0,
                    "customers in territory " + territory);
        }
    }

    @Test
    void someCustomersHaveDistributor() throws SQLException {
        long withDistributor = count("SELECT COUNT(*) FROM customer WHERE distributor IS NOT NULL");
        assertTrue(withDistributor > 50, "more than 5% of customers have a distributor: " + withDistributor);
        assertTrue(withDistributor < 300, "fewer than 30% of customers have a distributor: " + withDistributor);
    }

    @Test
    void sales01OwnsAtLeastTwenty() throws SQLException {
        long owned = count("SELECT COUNT(*) FROM customer c JOIN salesperson s ON s.id = c.owner_id"
                + " WHERE s.login_name = 'sales01'");
        assertTrue(owned >= 20, "sales01 owns at least 20 customers: " + owned);
    }

    @Test
    void sales01SharesCustomersItDoesNotOwn() throws SQLException {
        long shared = count("SELECT COUNT(*) FROM customer_share cs"
                + " JOIN salesperson s ON s.id = cs.salesperson_id"
                + " JOIN customer c ON c.id = cs.customer_id"
                + " WHERE s.login_name = 'sales01' AND c.owner_id <> s.id");
        assertTrue(shared >= 3, "sales01 shares at least 3 customers it does not own: " + shared);
    }

    @Test
    void noShareNamesOwner() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM customer_share cs JOIN customer c ON c.id = cs.customer_id"
                + " WHERE cs.salesperson_id = c.owner_id"), "shares with the owner");
        assertTrue(count("SELECT COUNT(*) FROM customer_share WHERE expires_at IS NOT NULL") > 0,
                "some shares expire");
    }

    @Test
    void lastTransactionDateIsLatestOrderDate() throws SQLException {
        String query = "SELECT c.last_transaction_date, (SELECT MAX(o.order_date) FROM sales_order o"
                + " WHERE o.customer_id = c.id) FROM customer c WHERE MOD(c.id, 37) = 1";
        int sampled = 0;
        try (PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                LocalDate expected = result.getObject(2, LocalDate.class);
                assertEquals(expected, result.getObject(1, LocalDate.class), "last transaction date");
                sampled++;
            }
        }
        assertTrue(sampled >= 20, "sampled customers: " + sampled);
        assertTrue(count("SELECT COUNT(*) FROM customer WHERE last_transaction_date IS NOT NULL") > 0,
                "customers with a last transaction date");
    }

    @Test
    void eachCustomerHasOnePrimaryContact() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM customer c WHERE (SELECT COUNT(*) FROM contact k"
                + " WHERE k.customer_id = c.id AND k.primary_contact = TRUE) <> 1"),
                "customers without exactly one primary contact");
    }

    @Test
    void sequencesRestartAboveMaxId() throws SQLException {
        long nextCustomerId = count("SELECT NEXT VALUE FOR customer_seq");
        assertTrue(nextCustomerId > summary.rowCount("customer") + 50,
                "customer sequence restarts above the max id plus 50: " + nextCustomerId);
        assertEquals(0, nextCustomerId % 50, "customer sequence stays a multiple of 50");
    }

    @Test
    void sameSeedGivesSameFirstCustomer() throws SQLException {
        Clock monthLater = Clock.offset(CLOCK, Duration.ofDays(30));
        try (Connection other = migratedDatabase("demo_generator_repeat")) {
            new DemoDataGenerator(other, DemoDataSize.standard(), DemoDataGenerator.DEFAULT_SEED, monthLater)
                    .generate();
            String firstName = customerName(connection, 1);
            assertNotNull(firstName);
            assertEquals(firstName, customerName(other, 1), "first customer name");
            assertEquals(customerName(connection, 1_000), customerName(other, 1_000), "last customer name");
        }
    }

    @Test
    void filledDatabaseIsRejected() {
        DemoDataGenerator again = new DemoDataGenerator(connection, DemoDataSize.standard());
        assertThrows(IllegalStateException.class, again::generate);
    }

    @Test
    void namesAreMostlyDistinct() throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM customer");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        assertTrue(names.size() > 990, "distinct customer names: " + names.size());
    }

    private static Connection migratedDatabase(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long customersWith(String column, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM customer WHERE " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long count(String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String customerName(Connection database, long id) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement("SELECT name FROM customer WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}

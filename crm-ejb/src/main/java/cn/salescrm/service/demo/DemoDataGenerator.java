package cn.salescrm.service.demo;

import static cn.salescrm.service.demo.DemoTable.APP_SETTING;
import static cn.salescrm.service.demo.DemoTable.CUSTOMER_SHARE;
import static cn.salescrm.service.demo.DemoTable.MERCHANDISER;
import static cn.salescrm.service.demo.DemoTable.PRODUCT_LINE;
import static cn.salescrm.service.demo.DemoTable.SALES_REGION;
import static cn.salescrm.service.demo.DemoTable.SALESPERSON;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills an empty CRM database with invented demo data over plain JDBC: sales regions, product
 * lines, merchandisers, salespeople, customers with contacts and records, customer shares and
 * the approval setting. The same seed, size and clock give the same rows. With another clock the
 * dates move and the records drawn after them change, but the people and each customer's code,
 * owner and name stay the same.
 *
 * <p>Salespeople 1 to 40 log in as {@code sales01} to {@code sales40} and merchandisers 1 to 10 as
 * {@code merch01} to {@code merch10}. People after those get three-digit login names such as
 * {@code sales041} and {@code merch011}. Salespeople above 40 whose id is a multiple of 20 are
 * inactive and own no customers. Salesperson 1 shares three customers it does not own whenever
 * the size allows three shares and other salespeople own at least three customers.
 *
 * <p>Rows go out in JDBC batches, committed every 20,000 rows or so. Of the customers only the
 * current one is held in memory, so memory use grows with the salespeople and shares but not
 * with the customers. Ids run from 1 in each table, and at the end every id sequence restarts
 * above the highest id. The caller owns the connection, whose auto-commit setting is restored
 * afterwards.
 */
public class DemoDataGenerator {

    /** Seed of the default demo data set. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** Customers between two calls of the progress listener. */
    public static final int PROGRESS_INTERVAL = 100_000;

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class.getName());

    private static final int BATCH_SIZE = 1_000;
    private static final int COMMIT_INTERVAL = 20_000;
    private static final int SEQUENCE_INCREMENT = 50;
    private static final int NAMED_SALESPEOPLE = 40;
    private static final int NAMED_MERCHANDISERS = 10;
    private static final int GUARANTEED_SHARES_OF_FIRST_SALESPERSON = 3;
    private static final int INACTIVE_SALESPERSON_INTERVAL = 20;
    private static final int UNIQUE_NAME_ATTEMPTS = 20;

    private static final List<String[]> REGIONS = List.of(
            new String[] {"DG", "东莞总部"}, new String[] {"BJ", "北京办事处"},
            new String[] {"SH", "上海办事处"}, new String[] {"SZ", "深圳办事处"},
            new String[] {"CD", "成都办事处"}, new String[] {"WH", "武汉办事处"});

    private final Connection connection;
    private final DemoDataSize size;
    private final long seed;
    private final SplittableRandom random;
    private final DemoTimeline timeline;
    private final Set<String> peopleNames = new HashSet<>();

    /** Creates a generator with the default seed and the system clock. */
    public DemoDataGenerator(Connection connection, DemoDataSize size) {
        this(connection, size, DEFAULT_SEED, Clock.systemUTC());
    }

    /** Creates a generator whose random choices follow the seed and whose dates end at the clock. */
    public DemoDataGenerator(Connection connection, DemoDataSize size, long seed, Clock clock) {
        this.connection = connection;
        this.size = size;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.timeline = new DemoTimeline(clock, size.customers());
    }

    /** Fills the database, as {@link #generate(LongConsumer)} without a progress listener. */
    public DemoDataSummary generate() throws SQLException {
        return generate(customersWritten -> { });
    }

    /**
     * Fills the database and returns the rows written per table.
     *
     * @param progress called with the customers written so far, every {@link #PROGRESS_INTERVAL}
     * @throws IllegalStateException if a table the generator fills already contains rows
     * @throws SQLException          if an insert fails. The open transaction is rolled back, but
     *                               batches committed before stay in the database.
     */
    public DemoDataSummary generate(LongConsumer progress) throws SQLException {
        long start = System.nanoTime();
        requireEmptyTables();
        LOG.log(Level.INFO, "Generating demo data: {0} customers, {1} salespeople, {2} shares",
                new Object[] {size.customers(), size.salespeople(), size.shares()});

        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (InsertBatches batches = new InsertBatches(connection, BATCH_SIZE, COMMIT_INTERVAL)) {
            writeAll(batches, progress);
            DemoDataSummary summary = summary(batches, (System.nanoTime() - start) / 1_000_000);
            LOG.log(Level.INFO, "Generated {0} demo rows in {1} ms",
                    new Object[] {summary.totalRows(), summary.elapsedMillis()});
            return summary;
        } catch (SQLException | RuntimeException e) {
            rollBackAfter(e);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void rollBackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Returns the constant names, in the order given, for a {@link WeightedChoice}. */
    static String[] enumNames(Enum<?>... constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }

    private void writeAll(InsertBatches batches, LongConsumer progress) throws SQLException {
        writeReferenceData(batches);
        List<String> merchandiserNames = writeMerchandisers(batches);
        List<DemoSalesperson> salespeople = writeSalespeople(batches, merchandiserNames);
        List<DemoSalesperson> activeSalespeople = salespeople.stream().filter(DemoSalesperson::active).toList();

        writeCustomers(batches, activeSalespeople, progress);
        writeShares(batches, activeSalespeople);
        batches.insert(APP_SETTING, "approval.required", "true", timeline.now(), "system");
        batches.flushAndCommit();

        restartSequences(batches);
        connection.commit();
    }

    private void requireEmptyTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (DemoTable table : DemoTable.values()) {
                String query = "SELECT COUNT(*) FROM (SELECT 1 FROM " + table.tableName()
                        + " FETCH FIRST 1 ROWS ONLY) existing";
                try (ResultSet result = statement.executeQuery(query)) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        throw new IllegalStateException("Table " + table.tableName()
                                + " already contains rows, but demo data can only fill an empty"
                                + " database. Use a new database.");
                    }
                }
            }
        }
    }

    private void writeReferenceData(InsertBatches batches) throws SQLException {
        for (int i = 0; i < REGIONS.size(); i++) {
            String[] region = REGIONS.get(i);
            batches.insert(SALES_REGION, i + 1L, region[0], region[1], i + 1);
        }
        for (DemoProductLine line : DemoProductLine.values()) {
            batches.insert(PRODUCT_LINE, line.id(), line.code(), line.displayName(), (int) line.id());
        }
    }

    private List<String> writeMerchandisers(InsertBatches batches) throws SQLException {
        List<String> names = new ArrayList<>(size.merchandisers());
        for (long id = 1; id <= size.merchandisers(); id++) {
            String name = uniquePersonName();
            String login = "merch" + DemoNames.zeroPadded(id, id <= NAMED_MERCHANDISERS ? 2 : 3);
            batches.insert(MERCHANDISER, id, "M" + DemoNames.zeroPadded(id, 2), name, login,
                    DemoNames.mobile(random), true);
            names.add(name);
        }
        return names;
    }

    private List<DemoSalesperson> writeSalespeople(InsertBatches batches, List<String> merchandiserNames)
            throws SQLException {
        List<DemoSalesperson> salespeople = new ArrayList<>(size.salespeople());
        for (long id = 1; id <= size.salespeople(); id++) {
            int regionIndex = (int) ((id - 1) % REGIONS.size());
            int merchandiserIndex = (int) ((id - 1) % merchandiserNames.size());
            String login = "sales" + DemoNames.zeroPadded(id, id <= NAMED_SALESPEOPLE ? 2 : 3);
            boolean active = id <= NAMED_SALESPEOPLE || id % INACTIVE_SALESPERSON_INTERVAL != 0;
            DemoSalesperson salesperson = new DemoSalesperson(id, login, uniquePersonName(),
                    REGIONS.get(regionIndex)[0], merchandiserIndex + 1L,
                    merchandiserNames.get(merchandiserIndex), active);

            batches.insert(SALESPERSON, id, "S" + DemoNames.zeroPadded(id, 3), salesperson.name(), login,
                    regionIndex + 1L, salesperson.merchandiserId(), DemoNames.mobile(random),
                    login + "@example.com", active);
            salespeople.add(salesperson);
        }
        return salespeople;
    }

    /**
     * Returns a person name not given before. When the name lists run short, a repeated name is
     * accepted after a few attempts.
     */
    private String uniquePersonName() {
        String name = DemoNames.person(random).text();
        for (int attempt = 1; attempt < UNIQUE_NAME_ATTEMPTS && peopleNames.contains(name); attempt++) {
            name = DemoNames.person(random).text();
        }
        peopleNames.add(name);
        return name;
    }

    private void writeCustomers(InsertBatches batches, List<DemoSalesperson> owners, LongConsumer progress)
            throws SQLException {
        CustomerWriter writer = new CustomerWriter(batches, seed, timeline, owners, size);
        for (long id = 1; id <= size.customers(); id++) {
            writer.write(id);
            if (id % PROGRESS_INTERVAL == 0) {
                LOG.log(Level.INFO, "Wrote {0} of {1} customers", new Object[] {id, size.customers()});
                progress.accept(id);
            }
        }
    }

    private void writeShares(InsertBatches batches, List<DemoSalesperson> sharers) throws SQLException {
        Set<Long> sharedPairs = new HashSet<>();
        writeSharesOfFirstSalesperson(batches, sharers, sharedPairs);

        while (sharedPairs.size() < size.shares()) {
            long customerId = 1 + random.nextLong(size.customers());
            DemoSalesperson sharer = DemoNames.pick(random, sharers);
            boolean owner = CustomerWriter.ownerOf(customerId, sharers).id() == sharer.id();
            if (!owner && !sharedPairs.contains(pairKey(customerId, sharer))) {
                insertShare(batches, sharedPairs, customerId, sharer);
            }
        }
    }

    /** Shares with salesperson 1 the first customers it does not own, so that sales01 has shared customers. */
    private void writeSharesOfFirstSalesperson(InsertBatches batches, List<DemoSalesperson> sharers,
            Set<Long> sharedPairs) throws SQLException {
        DemoSalesperson first = sharers.get(0);
        int wanted = Math.min(size.shares(), GUARANTEED_SHARES_OF_FIRST_SALESPERSON);
        for (long customerId = 1; sharedPairs.size() < wanted && customerId <= size.customers(); customerId++) {
            if (CustomerWriter.ownerOf(customerId, sharers).id() != first.id()) {
                insertShare(batches, sharedPairs, customerId, first);
            }
        }
    }

    private void insertShare(InsertBatches batches, Set<Long> sharedPairs, long customerId,
            DemoSalesperson sharer) throws SQLException {
        OffsetDateTime grantedAt = timeline.randomInstantSince(random, timeline.customerCreatedBy(customerId));
        OffsetDateTime expiresAt = random.nextInt(10) == 0 ? timeline.now().plusDays(30 + random.nextInt(150)) : null;
        batches.insert(CUSTOMER_SHARE, batches.rowCount(CUSTOMER_SHARE) + 1, customerId, sharer.id(),
                grantedAt, "manager", expiresAt, null);
        sharedPairs.add(pairKey(customerId, sharer));
    }

    private long pairKey(long customerId, DemoSalesperson salesperson) {
        return customerId * (size.salespeople() + 1L) + salesperson.id();
    }

    /**
     * Restarts each used sequence at a multiple of 50 more than 50 above the highest id. The JPA
     * layer allocates the block of 50 ids that ends at the value the sequence returns, which is
     * also why the schema starts every sequence at 50.
     */
    private void restartSequences(InsertBatches batches) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (DemoTable table : DemoTable.values()) {
                long maxId = batches.rowCount(table);
                if (table.sequenced() && maxId > 0) {
                    long restart = (maxId + SEQUENCE_INCREMENT) / SEQUENCE_INCREMENT * SEQUENCE_INCREMENT
                            + SEQUENCE_INCREMENT;
                    statement.execute("ALTER SEQUENCE " + table.tableName() + "_seq RESTART WITH " + restart);
                }
            }
        }
    }

    private static DemoDataSummary summary(InsertBatches batches, long elapsedMillis) {
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        for (DemoTable table : DemoTable.values()) {
            rowCounts.put(table.tableName(), batches.rowCount(table));
        }
        return new DemoDataSummary(rowCounts, elapsedMillis);
    }
}

package cn.salescrm.service.demo;

import cn.salescrm.service.startup.MigrationLocations;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Command line entry point that migrates a database with Flyway and fills it with demo data.
 * It rejects a database that already contains data, so it never mixes demo rows into real ones.
 * For PostgreSQL it adds {@code reWriteBatchedInserts=true} to the URL, which lets the driver
 * send each batch as multi-row inserts.
 *
 * <p>Run it from the project root, for example:
 * <pre>
 * mvn -q -pl crm-ejb exec:java -Dexec.mainClass=cn.salescrm.service.demo.DemoDataCommand \
 *     -Dexec.classpathScope=compile \
 *     -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/crm --user postgres --customers 1000000"
 * </pre>
 */
public final class DemoDataCommand {

    private static final String USAGE = """
            Usage: DemoDataCommand --url JDBC_URL [--user USER] [--password PASSWORD]
                                   --customers N [--salespeople N] [--shares N]
              --url          JDBC URL of an empty or not yet migrated database (PostgreSQL or H2)
              --user         database user
              --password     database password
              --customers    number of customers to create
              --salespeople  number of salespeople (default: 40 per 1,000 customers)
              --shares       number of customer shares (default: 150 per 1,000 customers)""";

    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;

    private DemoDataCommand() {
    }

    /**
     * Parses the options, migrates the database and generates the data. Exits with status 2 on
     * invalid options and 1 if the database is not empty or a statement fails.
     */
    public static void main(String[] args) {
        Options options;
        DemoDataSize size;
        try {
            options = Options.parse(args);
            size = options.size();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(EXIT_USAGE);
            return;
        }

        try {
            run(options, size);
        } catch (IllegalStateException e) {
            System.err.println("Demo data not generated: " + e.getMessage());
            System.exit(EXIT_FAILED);
        } catch (SQLException e) {
            System.err.println("Demo data generation failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(EXIT_FAILED);
        }
    }

    private static void run(Options options, DemoDataSize size) throws SQLException {
        String url = withBatchRewrite(options.url());
        System.out.println("Migrating " + withoutParameters(url));
        Flyway.configure()
                .dataSource(url, options.user(), options.password())
                .locations(MigrationLocations.forUrl(url))
                .load()
                .migrate();

        System.out.printf("Generating %,d customers, %,d salespeople, %,d shares%n",
                size.customers(), size.salespeople(), size.shares());
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, options.user(), options.password())) {
            DemoDataSummary summary = new DemoDataGenerator(connection, size).generate(customersWritten ->
                    System.out.printf("%,d of %,d customers written after %,d s%n", customersWritten,
                            size.customers(), (System.nanoTime() - start) / 1_000_000_000));
            System.out.print(summary.format());
        }
    }

    /** Returns the URL without its parameters, which may contain a password, for printing. */
    private static String withoutParameters(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /** Returns the URL with {@code reWriteBatchedInserts=true} for PostgreSQL unless it sets it. */
    static String withBatchRewrite(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** Parsed command line options, in which user, password, salespeople and shares may be null. */
    record Options(String url, String user, String password, int customers, Integer salespeople,
            Integer shares) {

        static Options parse(String[] args) {
            String url = null;
            String user = null;
            String password = null;
            Integer customers = null;
            Integer salespeople = null;
            Integer shares = null;
            for (int i = 0; i < args.length; i += 2) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for option " + option);
                }
                String value = args[i + 1];
                switch (option) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--customers" -> customers = nonNegativeInteger(option, value);
                    case "--salespeople" -> salespeople = nonNegativeInteger(option, value);
                    case "--shares" -> shares = nonNegativeInteger(option, value);
                    default -> throw new IllegalArgumentException("Unknown option: " + option);
                }
            }
            if (url == null || customers == null) {
                throw new IllegalArgumentException("Options --url and --customers are required");
            }
            return new Options(url, user, password, customers, salespeople, shares);
        }

        /** Returns the size scaled from the customers, with the salespeople and shares given. */
        DemoDataSize size() {
            DemoDataSize size = DemoDataSize.ofCustomers(customers);
            if (salespeople != null) {
                size = size.withSalespeople(salespeople);
            }
            if (shares != null) {
                size = size.withShares(shares);
            }
            return size;
        }

        private static int nonNegativeInteger(String option, String value) {
            try {
                int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below with the option name
            }
            throw new IllegalArgumentException("Invalid value for " + option + ": " + value
                    + " (expected a whole number of 0 or more)");
        }
    }
}

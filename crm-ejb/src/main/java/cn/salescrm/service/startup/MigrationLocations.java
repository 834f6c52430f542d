package cn.salescrm.service.startup;

/**
 * Flyway script locations of a database: the scripts every database runs, plus those that use a
 * feature of PostgreSQL alone (such as trigram indexes). Version numbers are shared by both folders.
 */
public final class MigrationLocations {

    private static final String COMMON = "classpath:db/migration";
    private static final String POSTGRESQL = "classpath:db/postgresql";

    private MigrationLocations() {
    }

    /** Returns the script locations for a database, given the product name its JDBC driver reports. */
    public static String[] forProduct(String databaseProductName) {
        return isPostgreSQL(databaseProductName)
                ? new String[] {COMMON, POSTGRESQL}
                : new String[] {COMMON};
    }

    /**
     * Returns whether the scripts for the database create the fuzzy search's table
     * {@code customer_search}, given the product name its JDBC driver reports.
     */
    public static boolean hasCustomerSearchTable(String databaseProductName) {
        return isPostgreSQL(databaseProductName);
    }

    private static boolean isPostgreSQL(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName);
    }

    /** Returns the script locations for a database, given its JDBC URL. */
    public static String[] forUrl(String jdbcUrl) {
        return forProduct(jdbcUrl.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "other");
    }
}

package cn.salescrm.it.support;

/**
 * Login accounts that only the tests use; the test server's realm has them (see
 * server/provision.sh --test-users). Each test links them to fresh directory entries of its own.
 */
public final class TestUsers {

    public static final String PASSWORD = "test123";

    public static final String SALES_1 = "tsales1";
    public static final String SALES_2 = "tsales2";
    public static final String SALES_3 = "tsales3";
    public static final String SALES_4 = "tsales4";
    public static final String MERCHANDISER = "tmerch1";
    public static final String MANAGER = "tmanager";
    public static final String ADMIN = "tadmin";

    private TestUsers() {
    }
}

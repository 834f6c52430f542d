package cn.salescrm.service.demo;

/**
 * Row counts of a demo data set. Record counts (follow-ups, orders and so on) are totals over all
 * customers, and the generator spreads them at random, so the counts written come close to
 * these totals without matching them exactly. Project reports are not sized here: each project
 * gets one to three.
 *
 * @param customers     customers to create, at least 1
 * @param salespeople   salespeople, at least 1, spread over all sales regions
 * @param merchandisers merchandisers, at least 1, each the default of several salespeople
 * @param shares        customer shares, at most half of all (customer, other salesperson) pairs
 * @param followUps     expected follow-up records in total
 * @param projects      expected projects in total
 * @param orders        expected sales orders in total
 * @param quotes        expected quotes in total
 * @param inquiries     expected inquiries in total
 * @param complaints    expected complaints in total
 */
public record DemoDataSize(int customers, int salespeople, int merchandisers, int shares,
        long followUps, long projects, long orders, long quotes, long inquiries, long complaints) {

    /** Customers of the standard demo data set. */
    public static final int STANDARD_CUSTOMERS = 1_000;

    private static final int STANDARD_SALESPEOPLE = 40;
    private static final int SALESPEOPLE_PER_MERCHANDISER = 4;
    private static final double SHARES_PER_CUSTOMER = 0.15;

    /**
     * Above this many customers each customer gets fewer follow-ups, which keeps a fill of a
     * million customers to minutes.
     */
    private static final int LARGE_DATA_SET_CUSTOMERS = 100_000;

    public DemoDataSize {
        requireAtLeast("customers", customers, 1);
        requireAtLeast("salespeople", salespeople, 1);
        requireAtLeast("merchandisers", merchandisers, 1);
        requireAtLeast("shares", shares, 0);
        requireAtLeast("followUps", followUps, 0);
        requireAtLeast("projects", projects, 0);
        requireAtLeast("orders", orders, 0);
        requireAtLeast("quotes", quotes, 0);
        requireAtLeast("inquiries", inquiries, 0);
        requireAtLeast("complaints", complaints, 0);

        long sharePairs = (long) customers * (salespeople - 1);
        if (shares > sharePairs / 2) {
            throw new IllegalArgumentException("shares must be at most " + sharePairs / 2
                    + " for " + customers + " customers and " + salespeople
                    + " salespeople, got " + shares);
        }
    }

    /** Returns the standard demo data set: 1,000 customers, 40 salespeople, 10 merchandisers. */
    public static DemoDataSize standard() {
        return ofCustomers(STANDARD_CUSTOMERS);
    }

    /**
     * Returns a data set with the given number of customers and everything else scaled from the
     * standard set. That is 40 salespeople and 150 shares per 1,000 customers and 1 merchandiser
     * per 4 salespeople. Each customer gets 5 follow-ups (3 above 100,000 customers),
     * 0.5 projects, 3 orders, 1.5 quotes, 1 inquiry and 0.1 complaints on average.
     */
    public static DemoDataSize ofCustomers(int customers) {
        requireAtLeast("customers", customers, 1);
        int salespeople = (int) Math.max(1, Math.round((double) customers * STANDARD_SALESPEOPLE
                / STANDARD_CUSTOMERS));
        int followUpsPerCustomer = customers > LARGE_DATA_SET_CUSTOMERS ? 3 : 5;

        return new DemoDataSize(customers, salespeople, merchandisersFor(salespeople),
                defaultShares(customers, salespeople),
                (long) customers * followUpsPerCustomer,
                customers / 2L,
                customers * 3L,
                customers * 3L / 2,
                customers,
                customers / 10L);
    }

    /** Returns this size with another number of salespeople and merchandisers scaled to match. */
    public DemoDataSize withSalespeople(int newSalespeople) {
        requireAtLeast("salespeople", newSalespeople, 1);
        int newShares = Math.min(shares, defaultShares(customers, newSalespeople));
        return new DemoDataSize(customers, newSalespeople, merchandisersFor(newSalespeople),
                newShares, followUps, projects, orders, quotes, inquiries, complaints);
    }

    /** Returns this size with another number of customer shares. */
    public DemoDataSize withShares(int newShares) {
        return new DemoDataSize(customers, salespeople, merchandisers, newShares,
                followUps, projects, orders, quotes, inquiries, complaints);
    }

    private static int merchandisersFor(int salespeople) {
        return Math.max(1, (salespeople + SALESPEOPLE_PER_MERCHANDISER - 1)
                / SALESPEOPLE_PER_MERCHANDISER);
    }

    private static int defaultShares(int customers, int salespeople) {
        long sharePairs = (long) customers * (salespeople - 1);
        return (int) Math.min(Math.round(customers * SHARES_PER_CUSTOMER), sharePairs / 2);
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
        }
    }
}

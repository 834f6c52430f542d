package cn.salescrm.service.demo;

import static cn.salescrm.service.demo.DemoDataGenerator.enumNames;
import static cn.salescrm.service.demo.DemoTable.CONTACT;
import static cn.salescrm.service.demo.DemoTable.CUSTOMER;
import static cn.salescrm.service.demo.DemoTable.CUSTOMER_PRODUCT_LINE;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.service.demo.DemoNames.Company;
import cn.salescrm.service.demo.DemoVocabulary.Word;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one customer after another, each with its product lines, contacts and records, so that
 * a fill of any size holds only the current customer in memory. Owners take turns over the
 * active salespeople in id order, so salesperson 1 owns every n-th customer.
 *
 * <p>Each customer draws from its own random generator, seeded from the data set seed and the
 * customer id. The city and company name are drawn first, so they depend on the seed and id
 * alone, while dates and what follows them in the draw order also depend on the clock.
 */
final class CustomerWriter {

    private static final WeightedChoice<String> SCALES = WeightedChoice.of(
            enumNames(CustomerScale.LARGE, CustomerScale.MEDIUM, CustomerScale.SMALL), 8, 30, 62);
    private static final WeightedChoice<String> TYPES = WeightedChoice.of(
            enumNames(CustomerType.END_USER, CustomerType.DISTRIBUTOR, CustomerType.TRADER,
                    CustomerType.OTHER), 65, 18, 12, 5);
    private static final WeightedChoice<String> BUSINESS_STATUSES = WeightedChoice.of(
            enumNames(BusinessStatus.DEVELOPING, BusinessStatus.SAMPLING,
                    BusinessStatus.TRIAL_PRODUCTION, BusinessStatus.MASS_PRODUCTION,
                    BusinessStatus.DISCONTINUED), 25, 15, 12, 40, 8);
    private static final WeightedChoice<String> STATUSES = WeightedChoice.of(
            enumNames(CustomerStatus.PENDING_REVIEW, CustomerStatus.APPROVED,
                    CustomerStatus.DISABLED), 10, 85, 5);

    /** Share of end users served through a distributor, which makes about 15% of all customers. */
    private static final double END_USER_DISTRIBUTOR_RATE = 0.23;

    /** Odd constant that spreads customer ids over the seed space of {@link SplittableRandom}. */
    private static final long CUSTOMER_SEED_MULTIPLIER = 0xD1B54A32D192ED03L;

    private final InsertBatches batches;
    private final long seed;
    private final DemoTimeline timeline;
    private final List<DemoSalesperson> owners;
    private final CustomerRecordWriter records;
    private final double ordersPerCustomer;

    CustomerWriter(InsertBatches batches, long seed, DemoTimeline timeline,
            List<DemoSalesperson> owners, DemoDataSize size) {
        this.batches = batches;
        this.seed = seed;
        this.timeline = timeline;
        this.owners = owners;
        this.records = new CustomerRecordWriter(batches, timeline, size);
        this.ordersPerCustomer = (double) size.orders() / size.customers();
    }

    /** Returns the owner of a customer. Shares use it to avoid sharing a customer with its owner. */
    static DemoSalesperson ownerOf(long customerId, List<DemoSalesperson> owners) {
        return owners.get((int) ((customerId - 1) % owners.size()));
    }

    void write(long customerId) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ (customerId * CUSTOMER_SEED_MULTIPLIER));
        DemoSalesperson owner = ownerOf(customerId, owners);
        List<DemoCity> cities = DemoCity.BY_REGION_CODE.get(owner.regionCode());
        DemoCity city = DemoNames.pick(random, cities);
        Company company = DemoNames.company(random, city);
        List<DemoProductLine> productLines = productLines(random);
        OffsetDateTime createdAt = timeline.customerCreatedAt(customerId, random);
        DemoCustomer customer = new DemoCustomer(random, customerId, owner, company, productLines,
                createdAt, timeline.firstRecordDate(createdAt));

        LocalDate[] orderDates = orderDates(customer);
        LocalDate lastTransaction = orderDates.length == 0 ? null : orderDates[orderDates.length - 1];
        insertCustomer(customer, city, lastTransaction);
        insertProductLines(customer);
        insertContacts(customer, city);

        records.writeFollowUps(customer);
        records.writeProjects(customer);
        records.writeOrders(customer, orderDates);
        records.writeQuotes(customer);
        records.writeInquiries(customer);
        records.writeComplaints(customer);
    }

    private static List<DemoProductLine> productLines(SplittableRandom random) {
        List<DemoProductLine> all = new ArrayList<>(List.of(DemoProductLine.values()));
        int count = 1 + random.nextInt(3);
        List<DemoProductLine> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    private LocalDate[] orderDates(DemoCustomer customer) {
        SplittableRandom random = customer.random();
        LocalDate[] dates = new LocalDate[CustomerRecordWriter.randomCount(random, ordersPerCustomer)];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = timeline.randomDate(random, customer.firstRecordDate(), timeline.today());
        }
        Arrays.sort(dates);
        return dates;
    }

    private void insertCustomer(DemoCustomer customer, DemoCity city, LocalDate lastTransaction)
            throws SQLException {
        SplittableRandom random = customer.random();
        long sequence = customer.id() - 1;
        String type = TYPES.pickCovering(random, sequence);
        String distributor = CustomerType.END_USER.name().equals(type)
                && random.nextDouble() < END_USER_DISTRIBUTOR_RATE
                ? DemoNames.distributor(random, city) : null;
        String website = random.nextInt(10) < 6 ? DemoNames.website(customer.company().pinyin()) : null;
        String remark = random.nextInt(100) < 15 ? DemoNames.pick(random, DemoVocabulary.CUSTOMER_REMARKS) : null;
        OffsetDateTime updatedAt = timeline.randomInstantSince(random, customer.createdAt());
        String author = customer.owner().author();

        batches.insert(CUSTOMER, customer.id(), "C" + DemoNames.zeroPadded(customer.id(), 6),
                customer.company().shortName(), customer.company().name(), customer.owner().id(),
                customer.owner().merchandiserId(), distributor, lastTransaction,
                SCALES.pickCovering(random, sequence), type,
                BUSINESS_STATUSES.pickCovering(random, sequence), STATUSES.pickCovering(random, sequence),
                city.territory(), DemoNames.address(random, city), DemoNames.landline(random, city),
                website, remark, customer.createdAt(), author, updatedAt, author, 1L);
    }

    private void insertProductLines(DemoCustomer customer) throws SQLException {
        for (DemoProductLine line : customer.productLines()) {
            batches.insert(CUSTOMER_PRODUCT_LINE, customer.id(), line.id());
        }
    }

    private void insertContacts(DemoCustomer customer, DemoCity city) throws SQLException {
        SplittableRandom random = customer.random();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Word person = DemoNames.person(random);
            String title = DemoNames.pick(random, DemoVocabulary.CONTACT_TITLES);
            String phone = random.nextBoolean() ? DemoNames.landline(random, city) : null;
            String email = random.nextInt(10) < 7
                    ? DemoNames.email(person.pinyin(), customer.company().pinyin()) : null;
            String wechat = random.nextBoolean()
                    ? "wx_" + person.pinyin().replace(".", "") + random.nextInt(100) : null;

            batches.insert(CONTACT, batches.rowCount(CONTACT) + 1, customer.id(), person.text(),
                    title, phone, DemoNames.mobile(random), email, wechat, i == 0, null);
        }
    }
}

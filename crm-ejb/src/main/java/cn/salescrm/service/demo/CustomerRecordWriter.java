package cn.salescrm.service.demo;

import static cn.salescrm.service.demo.DemoDataGenerator.enumNames;
import static cn.salescrm.service.demo.DemoTable.COMPLAINT;
import static cn.salescrm.service.demo.DemoTable.FOLLOW_UP;
import static cn.salescrm.service.demo.DemoTable.INQUIRY;
import static cn.salescrm.service.demo.DemoTable.PROJECT;
import static cn.salescrm.service.demo.DemoTable.PROJECT_REPORT;
import static cn.salescrm.service.demo.DemoTable.QUOTE;
import static cn.salescrm.service.demo.DemoTable.SALES_ORDER;

import cn.salescrm.domain.record.ComplaintStatus;
import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.domain.record.OrderStatus;
import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.domain.record.ProjectStatus;
import cn.salescrm.service.demo.DemoProductLine.DemoProduct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes the records of one customer: follow-ups, projects with their reports, sales orders,
 * quotes, inquiries and complaints. The owner is the author of all of them. How many records of
 * each kind a customer gets is random, with the mean that the {@link DemoDataSize} totals imply.
 */
final class CustomerRecordWriter {

    private static final WeightedChoice<String> FOLLOW_UP_METHODS = WeightedChoice.of(
            enumNames(FollowUpMethod.PHONE, FollowUpMethod.VISIT, FollowUpMethod.EMAIL,
                    FollowUpMethod.WECHAT, FollowUpMethod.OTHER), 35, 20, 15, 25, 5);
    private static final WeightedChoice<String> PROJECT_STAGES = WeightedChoice.of(
            enumNames(ProjectStage.PROPOSED, ProjectStage.SAMPLING, ProjectStage.TESTING,
                    ProjectStage.PILOT_RUN, ProjectStage.MASS_PRODUCTION), 20, 25, 20, 15, 20);
    private static final WeightedChoice<String> PROJECT_STATUSES = WeightedChoice.of(
            enumNames(ProjectStatus.ACTIVE, ProjectStatus.WON, ProjectStatus.LOST,
                    ProjectStatus.SUSPENDED), 55, 25, 12, 8);
    private static final WeightedChoice<String> OPEN_ORDER_STATUSES = WeightedChoice.of(
            enumNames(OrderStatus.PENDING, OrderStatus.CONFIRMED, OrderStatus.SHIPPED,
                    OrderStatus.COMPLETED, OrderStatus.CANCELLED), 20, 30, 30, 15, 5);

    /** Orders older than this are settled: completed or cancelled. */
    private static final int SETTLED_ORDER_DAYS = 60;
    private static final int QUOTE_VALIDITY_DAYS = 30;

    private final InsertBatches batches;
    private final DemoTimeline timeline;
    private final double followUpsPerCustomer;
    private final double projectsPerCustomer;
    private final double quotesPerCustomer;
    private final double inquiriesPerCustomer;
    private final double complaintsPerCustomer;

    CustomerRecordWriter(InsertBatches batches, DemoTimeline timeline, DemoDataSize size) {
        this.batches = batches;
        this.timeline = timeline;
        double customers = size.customers();
        this.followUpsPerCustomer = size.followUps() / customers;
        this.projectsPerCustomer = size.projects() / customers;
        this.quotesPerCustomer = size.quotes() / customers;
        this.inquiriesPerCustomer = size.inquiries() / customers;
        this.complaintsPerCustomer = size.complaints() / customers;
    }

    /**
     * Returns a random count with the given mean, uniform between 0 and twice the mean. Adding a
     * uniform offset below 1 before rounding down keeps the mean exact when it is fractional.
     */
    static int randomCount(SplittableRandom random, double mean) {
        return (int) Math.floor(random.nextDouble() * 2 * mean + random.nextDouble());
    }

    void writeFollowUps(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        int count = randomCount(random, followUpsPerCustomer);
        for (int i = 0; i < count; i++) {
            LocalDate day = recordDate(customer);
            String content = DemoNames.pick(random, DemoVocabulary.FOLLOW_UP_TEMPLATES)
                    .replace("{p}", randomProduct(customer).mention());
            String nextStep = random.nextInt(10) < 7 ? DemoNames.pick(random, DemoVocabulary.NEXT_STEPS) : null;

            batches.insert(FOLLOW_UP, batches.rowCount(FOLLOW_UP) + 1, customer.id(), day,
                    FOLLOW_UP_METHODS.pick(random), content, nextStep, customer.owner().author(),
                    customer.owner().name(), false, timeline.workingTime(random, day));
        }
    }

    void writeProjects(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        int count = randomCount(random, projectsPerCustomer);
        for (int i = 0; i < count; i++) {
            writeProject(customer);
        }
    }

    void writeOrders(DemoCustomer customer, LocalDate[] orderDates) throws SQLException {
        SplittableRandom random = customer.random();
        for (LocalDate day : orderDates) {
            long id = batches.rowCount(SALES_ORDER) + 1;
            DemoProduct product = randomProduct(customer);
            long quantity = randomQuantity(random, product.line());
            BigDecimal amount = product.line().randomUnitPrice(random)
                    .multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);

            batches.insert(SALES_ORDER, id, customer.id(), "SO" + day.getYear() + DemoNames.zeroPadded(id, 6),
                    day, product.name(), product.line().id(), quantity, amount, orderStatus(random, day),
                    customer.owner().author(), customer.owner().name(), timeline.workingTime(random, day));
        }
    }

    void writeQuotes(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        int count = randomCount(random, quotesPerCustomer);
        for (int i = 0; i < count; i++) {
            long id = batches.rowCount(QUOTE) + 1;
            LocalDate day = recordDate(customer);
            DemoProduct product = randomProduct(customer);

            batches.insert(QUOTE, id, customer.id(), "QT" + day.getYear() + DemoNames.zeroPadded(id, 6),
                    day, product.name(), product.line().randomUnitPrice(random),
                    randomQuantity(random, product.line()), day.plusDays(QUOTE_VALIDITY_DAYS),
                    customer.owner().author(), customer.owner().name(), timeline.workingTime(random, day));
        }
    }

    void writeInquiries(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        int count = randomCount(random, inquiriesPerCustomer);
        for (int i = 0; i < count; i++) {
            LocalDate day = recordDate(customer);
            DemoProduct product = randomProduct(customer);
            BigDecimal targetPrice = random.nextInt(10) < 7 ? product.line().randomUnitPrice(random) : null;

            batches.insert(INQUIRY, batches.rowCount(INQUIRY) + 1, customer.id(), day, product.name(),
                    randomQuantity(random, product.line()), targetPrice, customer.owner().author(),
                    customer.owner().name(), timeline.workingTime(random, day));
        }
    }

    void writeComplaints(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        int count = randomCount(random, complaintsPerCustomer);
        for (int i = 0; i < count; i++) {
            LocalDate day = recordDate(customer);
            String subject = DemoNames.pick(random, DemoVocabulary.COMPLAINT_SUBJECTS);
            String description = subject + "，" + DemoNames.pick(random, DemoVocabulary.COMPLAINT_DETAILS)
                    + "。涉及批次" + day.getYear() + DemoNames.zeroPadded(random.nextInt(10_000), 4)
                    + "，数量" + randomQuantity(random, randomProduct(customer).line()) + "pcs。";
            String status = complaintStatus(day);
            String handledBy = ComplaintStatus.OPEN.name().equals(status) ? null : customer.owner().merchandiserName();

            batches.insert(COMPLAINT, batches.rowCount(COMPLAINT) + 1, customer.id(), day, subject,
                    description, status, handledBy, customer.owner().author(), customer.owner().name(),
                    timeline.workingTime(random, day));
        }
    }

    private void writeProject(DemoCustomer customer) throws SQLException {
        SplittableRandom random = customer.random();
        long projectId = batches.rowCount(PROJECT) + 1;
        DemoProductLine line = DemoNames.pick(random, customer.productLines());
        String name = line.randomProjectName(random);
        long annualVolume = 1_000L * (10 + random.nextInt(2_000));
        LocalDate startDay = recordDate(customer);
        LocalDate[] reportDays = reportDays(random, startDay);
        OffsetDateTime createdAt = timeline.workingTime(random, startDay);
        OffsetDateTime updatedAt = timeline.randomInstantSince(random,
                timeline.workingTime(random, reportDays[reportDays.length - 1]));
        String description = "客户" + name + "项目，预计年用量" + annualVolume / 1_000 + "K，"
                + "主推" + line.displayName() + "，由" + customer.owner().name() + "负责跟进";

        batches.insert(PROJECT, projectId, customer.id(), name, line.id(), PROJECT_STAGES.pick(random),
                annualVolume, PROJECT_STATUSES.pick(random), description, customer.owner().author(),
                customer.owner().name(), createdAt, updatedAt);
        for (LocalDate day : reportDays) {
            batches.insert(PROJECT_REPORT, batches.rowCount(PROJECT_REPORT) + 1, projectId, day,
                    DemoNames.pick(random, DemoVocabulary.PROJECT_REPORTS), customer.owner().author(),
                    customer.owner().name(), timeline.workingTime(random, day));
        }
    }

    private LocalDate[] reportDays(SplittableRandom random, LocalDate projectStart) {
        LocalDate[] days = new LocalDate[1 + random.nextInt(3)];
        for (int i = 0; i < days.length; i++) {
            days[i] = timeline.randomDate(random, projectStart, timeline.today());
        }
        Arrays.sort(days);
        return days;
    }

    private LocalDate recordDate(DemoCustomer customer) {
        return timeline.randomDate(customer.random(), customer.firstRecordDate(), timeline.today());
    }

    private static DemoProduct randomProduct(DemoCustomer customer) {
        SplittableRandom random = customer.random();
        return DemoNames.pick(random, customer.productLines()).randomProduct(random);
    }

    /** Returns an order quantity in pieces: modules sell by the hundred, parts by the thousand. */
    private static long randomQuantity(SplittableRandom random, DemoProductLine line) {
        if (line == DemoProductLine.LORA) {
            return 100L * (1 + random.nextInt(50));
        }
        return 1_000L * (1 + random.nextInt(100));
    }

    private String orderStatus(SplittableRandom random, LocalDate orderDay) {
        if (timeline.daysBefore(orderDay) > SETTLED_ORDER_DAYS) {
            return random.nextInt(100) < 92 ? OrderStatus.COMPLETED.name() : OrderStatus.CANCELLED.name();
        }
        return OPEN_ORDER_STATUSES.pick(random);
    }

    private String complaintStatus(LocalDate complaintDay) {
        long age = timeline.daysBefore(complaintDay);
        if (age > 30) {
            return ComplaintStatus.CLOSED.name();
        }
        return age > 7 ? ComplaintStatus.IN_PROGRESS.name() : ComplaintStatus.OPEN.name();
    }
}

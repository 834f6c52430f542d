package cn.salescrm.bench.transfer;

import cn.salescrm.bench.support.DemoLogin;
import cn.salescrm.bench.support.Latencies;
import cn.salescrm.bench.support.ResultsFile;
import cn.salescrm.bench.support.Target;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.service.transfer.SubmitOutcome;
import cn.salescrm.service.transfer.TransferChange;
import cn.salescrm.service.transfer.TransferService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

import javax.sql.DataSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Times a manager's transfer with one share ({@code TransferService.submit}, carried out at once)
 * with 1, 4 and 16 concurrent callers on distinct customers, against the same writes in one plain
 * JDBC transaction, then counts lost updates: on the distinct customers and on a few customers
 * that 16 callers transfer at the same time.
 */
@ExtendWith(ArquillianExtension.class)
@Order(2)
class TransferBenchmark {

    private static final String MANAGER = "manager";
    private static final int[] CALLERS = {1, 4, 16};
    private static final int WARMUP = 20;
    private static final int CONTENDED_CUSTOMERS = 4;
    private static final int CONTENDED_ATTEMPTS = 160;
    private static final double P95_LIMIT_MILLIS = 20;
    private static final double THROUGHPUT_MINIMUM = 300;

    @EJB
    private TransferService transferService;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threadFactory;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(TransferBenchmark.class, TransferCase.class, TransferFixture.class,
                PlainTransfer.class, TransferCheck.class, ConcurrentRun.class, ConcurrentRun.Work.class,
                ConcurrentRun.Outcome.class, ContendedTransfers.class, ContendedTransfers.Result.class,
                DemoLogin.class, Latencies.class, Target.class, ResultsFile.class);
    }

    @Test
    void measureTransfers() throws Exception {
        int count = ResultsFile.intProperty("crm.bench.transfer.count", 200);
        TransferFixture fixture = new TransferFixture(dataSource);
        List<TransferCase> cases = fixture.cases(2 * (WARMUP + CALLERS.length * count) + CONTENDED_CUSTOMERS);
        SecurityIdentity manager = DemoLogin.identity(MANAGER);
        PlainTransfer plain = new PlainTransfer(dataSource);
        ConcurrentRun<TransferCase> runner = new ConcurrentRun<>(threadFactory);
        ConcurrentRun.Work<TransferCase> service = transfer -> DemoLogin.call(manager,
                () -> transferService.submit(transfer.customerCode(), change(transfer)).outcome())
                == SubmitOutcome.APPLIED;

        int next = 0;
        List<TransferCase> applied = new ArrayList<>();
        applied.addAll(runner.run(cases.subList(next, next += WARMUP), 1, service).applied());
        applied.addAll(runner.run(cases.subList(next, next += WARMUP), 1, plain::apply).applied());
        StringBuilder table = new StringBuilder(header(count));
        for (int callers : CALLERS) {
            ConcurrentRun.Outcome<TransferCase> server = runner.run(cases.subList(next, next += count), callers,
                    service);
            ConcurrentRun.Outcome<TransferCase> jdbc = runner.run(cases.subList(next, next += count), callers,
                    plain::apply);
            applied.addAll(server.applied());
            applied.addAll(jdbc.applied());
            table.append(row(callers, server, jdbc));
        }

        TransferCheck check = new TransferCheck(dataSource);
        long lost = check.lostUpdates(applied);
        ContendedTransfers.Result contended = new ContendedTransfers(dataSource, transferService, manager,
                fixture.activeSalespeopleWithLogin()).run(new ConcurrentRun<>(threadFactory),
                cases.subList(next, next + CONTENDED_CUSTOMERS), 16, CONTENDED_ATTEMPTS);
        table.append(summary(applied.size(), lost, contended, check.ownersSharingTheirCustomer()));
        ResultsFile.write("transfer.md", table.toString());
    }

    private static TransferChange change(TransferCase transfer) {
        return new TransferChange(transfer.version(), transfer.newOwnerId(),
                List.of(new TransferChange.Sharer(transfer.sharerId(), null)), false, null, "基准测试");
    }

    private static String header(int count) {
        return "## Transfer and share: TransferService.submit against plain JDBC\n\n"
                + "A manager moves a customer without shares to a new owner and shares it with one salesperson: "
                + "owner and merchandiser, request, share, system follow-up, 2 audit events, 2 notifications, "
                + "one transaction with the customer row locked. " + count + " transfers per row and per way, "
                + "each on its own customer, after " + WARMUP + " warm-up transfers each. Times in ms; "
                + "throughput = applied transfers / wall time. Targets: p95 ≤ 20 ms with 1 caller, "
                + "≥ 300 transfers/s with 16 callers.\n\n"
                + "| callers | service p50 / p95 | plain p50 / p95 | ratio p50 / p95 | service transfers/s "
                + "| plain transfers/s | target |\n|---|---|---|---|---|---|---|\n";
    }

    private static String row(int callers, ConcurrentRun.Outcome<TransferCase> server,
                              ConcurrentRun.Outcome<TransferCase> jdbc) {
        Latencies s = server.latencies();
        Latencies p = jdbc.latencies();
        String target = callers == 1 ? "p95 " + Target.atMost(s.percentileMillis(95), P95_LIMIT_MILLIS)
                : callers == 16 ? "throughput " + Target.atLeast(server.perSecond(), THROUGHPUT_MINIMUM) : "";
        return "| " + callers + " | " + Target.decimal(s.percentileMillis(50)) + " / "
                + Target.decimal(s.percentileMillis(95)) + " | " + Target.decimal(p.percentileMillis(50)) + " / "
                + Target.decimal(p.percentileMillis(95)) + " | "
                + Target.decimal(s.percentileMillis(50) / p.percentileMillis(50)) + " / "
                + Target.decimal(s.percentileMillis(95) / p.percentileMillis(95)) + " | "
                + Target.decimal(server.perSecond()) + " | " + Target.decimal(jdbc.perSecond()) + " | " + target
                + " |\n";
    }

    private static String summary(int applied, long lost, ContendedTransfers.Result contended,
                                  long ownersSharing) {
        return "\nLost updates on distinct customers: **" + lost + "** of " + applied + " applied transfers "
                + "(owner, sharer, no share of the owner, one TRANSFERRED and one SHARE_ADDED event each); target 0: "
                + (lost == 0 ? "met" : "missed") + ".\n\n"
                + "Contended: 16 callers made " + contended.attempts() + " submits on " + CONTENDED_CUSTOMERS
                + " customers, each with the version it had just read: " + contended.applied() + " applied, "
                + contended.stale() + " rejected as stale, " + contended.errors() + " failed otherwise. "
                + "Lost updates (an applied submit without its approved request or TRANSFERRED event, two "
                + "approved requests made against the same version, or an owner other than the last request's): **"
                + contended.lostUpdates() + "**; target 0: " + (contended.lostUpdates() == 0 ? "met" : "missed")
                + ".\n\nCustomers in the whole database whose owner is also a sharer: " + ownersSharing + ".\n\n";
    }
}

package cn.salescrm.bench.bulk;

import cn.salescrm.bench.support.DemoLogin;
import cn.salescrm.bench.support.ResultsFile;
import cn.salescrm.bench.support.Target;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.service.bulk.BulkJobView;
import cn.salescrm.service.bulk.BulkSelection;
import cn.salescrm.service.bulk.BulkTransferOrder;
import cn.salescrm.service.bulk.BulkTransferService;
import cn.salescrm.service.bulk.BulkTransferWorker;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

import javax.sql.DataSource;

import java.time.Duration;
import java.util.List;

/**
 * Times a bulk transfer job of 100,000 customers (fewer on a small database: half its customers)
 * from one salesperson to 10 receivers, from {@code BulkTransferService.start} until the job is
 * no longer RUNNING. Runs last, because it moves customers of many salespeople to the source first.
 */
@ExtendWith(ArquillianExtension.class)
@Order(3)
class BulkTransferBenchmark {

    private static final String MANAGER = "manager";
    private static final int RECEIVERS = 10;
    private static final double LIMIT_SECONDS_PER_100K = 10;
    private static final Duration MAX_WAIT = Duration.ofMinutes(60);
    private static final long POLL_MILLIS = 500;

    @EJB
    private BulkTransferService bulkService;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BulkTransferBenchmark.class, BulkSource.class, DemoLogin.class,
                Target.class, ResultsFile.class);
    }

    @Test
    void measureBulkTransfer() throws Exception {
        BulkSource source = new BulkSource(dataSource);
        long sourceId = source.sourceId();
        int requested = Math.min(ResultsFile.intProperty("crm.bench.bulk.customers", 100_000), customerCount() / 2);
        long setupStart = System.nanoTime();
        long owned = source.giveCustomers(sourceId, requested);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        List<Long> receivers = source.receivers(sourceId, RECEIVERS);
        SecurityIdentity manager = DemoLogin.identity(MANAGER);

        long start = System.nanoTime();
        long jobId = DemoLogin.call(manager, () -> bulkService.start(
                new BulkTransferOrder(BulkSelection.allOf(sourceId), receivers, true)));
        double startSeconds = (System.nanoTime() - start) / 1e9;
        BulkJobView job = awaitEnd(manager, jobId, start);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        long left = source.ownedBy(sourceId);

        double limit = LIMIT_SECONDS_PER_100K * job.total() / 100_000.0;
        ResultsFile.write("bulk.md", "## Bulk transfer\n\n"
                + "Job " + jobId + ": " + job.total() + " customers of salesperson " + job.sourceCode()
                + " dealt to " + receivers.size() + " receivers, shares kept, chunks of "
                + BulkTransferWorker.CHUNK_SIZE + " customers per "
                + "transaction. Giving the source its customers with one SQL UPDATE took "
                + Target.decimal(setupSeconds) + " s (not counted).\n\n"
                + "| status | done | failed | skipped | start() | total | customers/s | target ≤ "
                + Target.decimal(limit) + " s |\n|---|---|---|---|---|---|---|---|\n"
                + "| " + job.status() + " | " + job.done() + " | " + job.failed() + " | " + job.skipped() + " | "
                + Target.decimal(startSeconds) + " s | " + Target.decimal(totalSeconds) + " s | "
                + Target.decimal(job.done() / totalSeconds) + " | " + Target.atMost(totalSeconds, limit) + " |\n\n"
                + "Customers the source owned before: " + owned + "; after: " + left + ".\n\n");
    }

    private BulkJobView awaitEnd(SecurityIdentity manager, long jobId, long start) throws Exception {
        while (true) {
            BulkJobView job = DemoLogin.call(manager, () -> bulkService.job(jobId));
            if (!job.running()) {
                return job;
            }
            if (System.nanoTime() - start > MAX_WAIT.toNanos()) {
                throw new IllegalStateException("Bulk transfer job " + jobId + " still RUNNING after " + MAX_WAIT
                        + ": " + job.processed() + " of " + job.total() + " processed");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private int customerCount() throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM customer");
             var row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}

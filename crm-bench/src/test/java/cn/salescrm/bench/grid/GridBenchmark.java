package cn.salescrm.bench.grid;

import cn.salescrm.bench.support.DemoLogin;
import cn.salescrm.bench.support.Latencies;
import cn.salescrm.bench.support.ResultsFile;
import cn.salescrm.bench.support.Target;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.service.customer.CustomerPage;
import cn.salescrm.service.customer.CustomerQueryService;
import cn.salescrm.service.customer.CustomerRow;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code CustomerQueryService.search} for a salesperson ({@code sales01}) and the
 * {@code manager} against the same statements sent over plain JDBC, and records the query plans.
 * Each request runs its warm-up calls first, then alternates one service call and one plain call,
 * so both see the same cache state. The service is timed inside the caller's identity, without
 * the login's password check.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class GridBenchmark {

    private static final String SALESPERSON = "sales01";
    private static final String MANAGER = "manager";
    private static final double P95_LIMIT_MILLIS = 100;
    private static final double RATIO_LIMIT = 1.5;

    @EJB
    private CustomerQueryService queryService;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(GridBenchmark.class, GridQuery.class, GridCaller.class, GridSql.class,
                SqlStatement.class, PlainGrid.class, GridQueries.class, GridPlans.class, DemoLogin.class,
                Latencies.class, Target.class, ResultsFile.class);
    }

    @Test
    void measureGrid() throws Exception {
        int iterations = ResultsFile.intProperty("crm.bench.grid.iterations", 50);
        int warmup = ResultsFile.intProperty("crm.bench.grid.warmup", 10);
        PlainGrid plain = new PlainGrid(dataSource);
        GridPlans plans = new GridPlans(dataSource);
        long productLineId = firstProductLineId();

        StringBuilder table = new StringBuilder(header(iterations, warmup));
        StringBuilder planText = new StringBuilder("## Grid query plans\n\n");
        for (String login : List.of(SALESPERSON, MANAGER)) {
            GridCaller caller = plain.caller(login, login.equals(MANAGER));
            SecurityIdentity identity = DemoLogin.identity(login);
            int deepPage = deepPage(plain, caller, login.equals(MANAGER) ? 500 : 50);
            for (GridQuery query : GridQueries.of(login, productLineId, deepPage)) {
                table.append(measure(query, caller, identity, plain, iterations, warmup));
                planText.append(plans.explain(caller, query, Instant.now()));
            }
        }
        ResultsFile.write("grid.md", table.toString());
        ResultsFile.write("grid-plans.md", planText.toString());
    }

    private String measure(GridQuery query, GridCaller caller, SecurityIdentity identity, PlainGrid plain,
                           int iterations, int warmup) throws Exception {
        Latencies server = new Latencies();
        Latencies jdbc = new Latencies();
        boolean sameRows = true;
        for (int i = 0; i < warmup + iterations; i++) {
            long[] elapsed = new long[1];
            CustomerPage page = DemoLogin.call(identity, () -> {
                long start = System.nanoTime();
                CustomerPage result = queryService.search(query.filter(), query.sort(), query.first(),
                        query.pageSize());
                elapsed[0] = System.nanoTime() - start;
                return result;
            });
            long start = System.nanoTime();
            PlainGrid.Result result = plain.search(caller, query, Instant.now());
            long plainElapsed = System.nanoTime() - start;
            sameRows &= result.total() == page.total() && result.ids().equals(idsOf(page));
            if (i >= warmup) {
                server.add(elapsed[0]);
                jdbc.add(plainElapsed);
            }
        }
        return row(query, server, jdbc, sameRows);
    }

    private static List<Long> idsOf(CustomerPage page) {
        List<Long> ids = new ArrayList<>();
        for (CustomerRow row : page.rows()) {
            ids.add(row.id());
        }
        return ids;
    }

    private static String header(int iterations, int warmup) {
        return "## Grid: CustomerQueryService.search against plain JDBC\n\n"
                + iterations + " measured calls per request after " + warmup + " warm-up calls, 20 rows a page. "
                + "Times in ms. Ratio = service / plain JDBC at the same percentile. Targets: p95 ≤ "
                + (int) P95_LIMIT_MILLIS + " ms and ratio ≤ " + RATIO_LIMIT + ". \"Same rows\" checks that "
                + "the plain statements returned the service's total and page.\n\n"
                + "| login | request | service p50 / p95 / p99 | plain p50 / p95 / p99 | ratio p50 / p95 "
                + "| p95 ≤ 100 ms | ratio p95 ≤ 1.5 | same rows |\n"
                + "|---|---|---|---|---|---|---|---|\n";
    }

    private static String row(GridQuery query, Latencies server, Latencies jdbc, boolean sameRows) {
        double ratio50 = server.percentileMillis(50) / jdbc.percentileMillis(50);
        double ratio95 = server.percentileMillis(95) / jdbc.percentileMillis(95);
        return "| " + query.login() + " | " + query.label() + " | " + percentiles(server) + " | "
                + percentiles(jdbc) + " | " + Target.decimal(ratio50) + " / " + Target.decimal(ratio95) + " | "
                + Target.atMost(server.percentileMillis(95), P95_LIMIT_MILLIS) + " | "
                + Target.atMost(ratio95, RATIO_LIMIT) + " | " + (sameRows ? "yes" : "NO") + " |\n";
    }

    private static String percentiles(Latencies latencies) {
        return Target.decimal(latencies.percentileMillis(50)) + " / " + Target.decimal(latencies.percentileMillis(95))
                + " / " + Target.decimal(latencies.percentileMillis(99));
    }

    /** Returns the requested page number, or the last page if there are fewer pages. */
    private static int deepPage(PlainGrid plain, GridCaller caller, int requested) throws Exception {
        GridQuery all = GridQueries.of(caller.login(), 0, 1).get(0);
        long total = plain.search(caller, all, Instant.now()).total();
        int pages = (int) Math.max(1, (total + GridQueries.PAGE_SIZE - 1) / GridQueries.PAGE_SIZE);
        return Math.min(requested, pages);
    }

    private long firstProductLineId() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id FROM product_line ORDER BY sort_order, id LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

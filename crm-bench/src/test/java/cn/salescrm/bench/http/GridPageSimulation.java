package cn.salescrm.bench.http;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The customer grid page (GET /crm/customers) under concurrent logged-in users. Each virtual user
 * logs in through the login form with a demo login (its own cookie session), then loads the grid
 * page a fixed number of times with no pause. The first 40 users are sales01 to sales40, the rest
 * the manager. Settings come from system properties: {@code crm.bench.http.port} (8380),
 * {@code crm.bench.http.users} (50) and {@code crm.bench.http.requests} (grid pages per user, 40).
 */
public class GridPageSimulation extends Simulation {

    private static final int PORT = Integer.getInteger("crm.bench.http.port", 8380);
    private static final int USERS = Integer.getInteger("crm.bench.http.users", 50);
    private static final int REQUESTS = Integer.getInteger("crm.bench.http.requests", 40);
    private static final int SALES_LOGINS = 40;

    private final HttpProtocolBuilder protocol = http
            .baseUrl("http://127.0.0.1:" + PORT)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("zh-CN,zh;q=0.9");

    private final ScenarioBuilder gridUsers = scenario("grid page")
            .feed(logins())
            .exec(http("login page").get("/crm/login")
                    .check(status().is(200))
                    .check(css("form#login", "action").saveAs("loginAction"))
                    .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(http("login").post("#{loginAction}")
                    .formParam("login", "login")
                    .formParam("login:username", "#{login}")
                    .formParam("login:password", "demo123")
                    .formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200))
                    .check(css("form#grid").exists()))
            .exec(repeat(REQUESTS).on(exec(http("grid page").get("/crm/customers")
                    .check(status().is(200))
                    .check(css("form#grid").exists()))));

    {
        setUp(gridUsers.injectOpen(atOnceUsers(USERS))).protocols(protocol);
    }

    private static FeederBuilder<Object> logins() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            String login = i <= SALES_LOGINS ? String.format("sales%02d", i) : "manager";
            records.add(Map.of("login", login));
        }
        return listFeeder(records).queue();
    }
}

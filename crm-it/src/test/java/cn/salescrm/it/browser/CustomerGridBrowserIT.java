package cn.salescrm.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login and the customer grid in headless Chromium, on the demo data and accounts, as a
 * salesperson and a manager use them.
 */
class CustomerGridBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = DEMO_PASSWORD;

    @Test
    void salespersonFiltersPagesOpensAndLogsOut() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", PASSWORD);
        long total = grid.total();
        assertTrue(total >= 20, () -> "sales01 should see at least 20 customers, footer: " + grid.footer());
        assertEquals(1, grid.currentPage());
        assertTrue(grid.sharedMarks() > 0 || total > 20, "shared customers are marked or lie on later pages");
        browser.screenshot("grid-sales01");

        grid.nextPage();
        assertEquals(2, grid.currentPage());
        String code = grid.codes().get(0);

        grid.search(code);
        assertEquals(1, grid.total());
        assertEquals(List.of(code), grid.codes());

        grid.openRow(code);
        assertEquals(code, browser.text("#detail\\:tabs\\:basic\\:code"));
        browser.screenshot("detail-sales01");

        browser.open("/customers");
        new CustomerGridPage(browser).logOut();
        browser.open("/customers");
        assertNotNull(browser.find("#login\\:username"), "after logout the grid asks for a login again");
    }

    @Test
    void filterMenuNarrowsTheGrid() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", PASSWORD);
        long all = grid.total();

        grid.chooseFilter("scale", "大客户");
        grid.submitFilters();

        assertTrue(grid.total() < all, () -> "大客户 filter should narrow " + all + " rows: " + grid.footer());
    }

    @Test
    void managerSeesMoreThanSalesperson() {
        long salesTotal = new LoginPage(browser).open().logIn("sales01", PASSWORD).total();
        new CustomerGridPage(browser).logOut();

        CustomerGridPage managerGrid = new LoginPage(browser).open().logIn("manager", PASSWORD);

        assertTrue(managerGrid.total() > salesTotal,
                () -> "manager " + managerGrid.footer() + " vs sales01 " + salesTotal);
    }

    @Test
    void sessionIdChangesAtLogin() {
        browser.open("/login");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        new LoginPage(browser).logIn("sales01", PASSWORD);
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");

        assertNotNull(before);
        assertNotNull(after);
        assertNotEquals(before.getValue(), after.getValue());
    }

    @Test
    void ajaxClickAfterSessionEndGoesToLogin() {
        new LoginPage(browser).open().logIn("sales01", PASSWORD);
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.click("#grid\\:search");

        assertNotNull(browser.find("#login\\:username"), "an ajax action without a session leads to the login page");
    }

    @Test
    void userWithoutCustomerRoleLandsOnHome() {
        new LoginPage(browser).open().submit("admin", PASSWORD);

        assertEquals("系统设置", browser.text("#toSettings"));
        assertTrue(browser.driver().findElements(By.cssSelector("#toCustomers")).isEmpty(),
                "the administrator has no customer grid");
    }

    @Test
    void wrongPasswordShowsMessage() {
        LoginPage login = new LoginPage(browser).open();
        login.submit("sales01", "wrong");

        assertTrue(login.messages().contains("用户名或密码错误"), login::messages);
    }

    @Test
    void pageAfterWrongPasswordAsksLogin() {
        LoginPage login = new LoginPage(browser).open();
        login.submit("sales01", "wrong");
        login.messages();

        browser.open("/customers");

        assertNotNull(browser.find("#login\\:username"), "a protected page after a failed login shows the login page");
        login.logIn("sales01", PASSWORD);
    }

    @Test
    void firstSubmitOfNewSessionKeepsChinese() {
        LoginPage login = new LoginPage(browser).open();
        login.submit("张三丰", "wrong");

        assertEquals("张三丰", login.enteredUsername());
    }

    @Test
    void unknownCustomerCodeGives403() {
        new LoginPage(browser).open().logIn("sales01", PASSWORD);
        browser.open("/customer?code=NO-SUCH-CODE");

        assertEquals("无权访问", browser.text("#errorTitle"));
    }

    @Test
    void unknownPageGives404() {
        new LoginPage(browser).open().logIn("sales01", PASSWORD);
        browser.open("/no-such-page");

        assertEquals("页面不存在", browser.text("#errorTitle"));
    }

    @Test
    void anonymousRequestIsSentToLogin() {
        browser.open("/customers");

        assertNotNull(browser.find("#login\\:username"));
    }

    @Test
    void languageSwitchShowsEnglish() {
        new LoginPage(browser).open().logIn("sales01", PASSWORD);
        browser.click("#topbar\\:language");

        assertEquals("Log out", browser.waitForText("#topbar\\:logout", "Log out"));
    }
}

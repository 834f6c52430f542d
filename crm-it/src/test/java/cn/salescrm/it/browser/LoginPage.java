package cn.salescrm.it.browser;

/**
 * The login page (登录) as a test drives it.
 */
final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the login page directly. */
    LoginPage open() {
        browser.open("/login");
        return this;
    }

    /** Submits the form; the browser then shows the grid, the page first asked for, or an error. */
    void submit(String username, String password) {
        browser.type("#login\\:username", username);
        browser.type("#login\\:password", password);
        browser.click("#login\\:submit");
    }

    /** Logs in and waits for the customer grid. */
    CustomerGridPage logIn(String username, String password) {
        submit(username, password);
        browser.find("#grid\\:footer");
        return new CustomerGridPage(browser);
    }

    String messages() {
        return browser.text("#login\\:messages");
    }

    String enteredUsername() {
        return browser.find("#login\\:username").getAttribute("value");
    }
}

package cn.salescrm.it.browser;

import cn.salescrm.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Common frame of the browser tests: the EAR deployed as built, one fresh headless Chromium per
 * test, and a screenshot of the last page in target/screenshots after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTestBase {

    /** Password of every demo account. */
    static final String DEMO_PASSWORD = "demo123";

    protected Browser browser;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productionEar();
    }

    @BeforeEach
    void startBrowser(TestInfo info) {
        assumeFalse(Boolean.getBoolean("crm.browser.skip"), "browser tests switched off by crm.browser.skip");
        testName = getClass().getSimpleName() + "-" + info.getTestMethod().orElseThrow().getName();
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot(testName);
            browser.close();
        }
    }
}

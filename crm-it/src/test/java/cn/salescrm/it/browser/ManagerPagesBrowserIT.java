package cn.salescrm.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager's and administrator's pages in headless Chromium on the demo data: a bulk transfer
 * runs to its end with a progress bar, the audit trail filters and exports a workbook, and the
 * approval policy switches off and on. Demo salesperson S0nn has the login sales0nn.
 */
class ManagerPagesBrowserIT extends BrowserTestBase {

    @Test
    void bulkTransferRunsToEnd() {
        new LoginPage(browser).open().logIn("manager", DEMO_PASSWORD);
        browser.open("/bulk-transfer");

        // A demo salesperson that no other browser test uses and that still owns customers.
        String source = chooseFirstMatching("bulk:source", "^S0(2[0-9]|3[0-7]) ");
        browser.click("#bulk\\:preview");
        String count = browser.text("#bulk\\:previewCount");
        assertTrue(count.matches(".*\\d+.*"), count);
        checkReceivers("bulk:receivers", List.of("S038 ", "S039 "));
        browser.click("#bulk\\:start");

        browser.find("#bulk\\:bar");
        String heading = browser.text("#bulk\\:jobHeading");
        assertTrue(heading.contains(source.substring(0, 4)), heading);
        browser.waitFor(driver -> driver.findElement(By.cssSelector("#bulk\\:bar")).getText().contains("100%"));
        browser.screenshot("bulk-finished");
        String counts = browser.text("#bulk\\:counts");
        Matcher numbers = Pattern.compile("已移交 (\\d+), 失败 (\\d+), 跳过 (\\d+), 共 (\\d+)").matcher(counts);
        assertTrue(numbers.find(), counts);
        assertEquals(numbers.group(4), numbers.group(1), counts);
        assertTrue(Integer.parseInt(numbers.group(4)) > 0, counts);
        assertTrue(count.contains(numbers.group(4)), "the preview counted " + count + ", the job moved " + counts);
        browser.waitForText("#bulk\\:items", "已移交");
    }

    @Test
    void auditFiltersAndExports() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("manager", DEMO_PASSWORD);
        String code = grid.codes().get(0);
        TransferTabPage tab = new TransferTabPage(browser).open(code);
        tab.tickSharer(browser.text("#detail\\:tabs\\:transfer\\:owner").contains("(S010)") ? "S011" : "S010");
        tab.submitForPreview();
        assertTrue(tab.confirm().contains("已生效"));

        browser.open("/audit");
        browser.type("#audit\\:customer", code);
        browser.choose("audit:type", "增加共享");
        browser.click("#audit\\:search");
        browser.waitForText("#audit\\:table", code);
        assertTrue(browser.text("#audit\\:table").contains("增加共享"));
        browser.screenshot("audit-filtered");

        String href = browser.find("#audit\\:export").getAttribute("href");
        Object head = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                    + r.headers.get('Content-Type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 2)))))
                    .catch(e => done('failed ' + e));""", href);

        assertTrue(head.toString().startsWith("200 application/vnd.openxmlformats"), head.toString());
        assertTrue(head.toString().endsWith(" PK"), "an xlsx file is a zip archive: " + head);
    }

    @Test
    void adminSwitchesApprovalPolicy() {
        new LoginPage(browser).open().submit("admin", DEMO_PASSWORD);
        browser.find("#toSettings");
        browser.open("/settings");
        try {
            setPolicy(false);
            browser.open("/settings");
            assertEquals("false", policyValue());
        } finally {
            setPolicy(true);
        }
        browser.open("/settings");
        assertEquals("true", policyValue());
    }

    private void setPolicy(boolean on) {
        browser.find("#settings\\:approvalRequired");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const w = PrimeFaces.getWidgetById('settings:approvalRequired'); arguments[0] ? w.check() : w.uncheck();",
                on);
        browser.click("#settings\\:save");
        browser.find("#messages .ui-messages-info");
    }

    private String policyValue() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('settings:approvalRequired_input').checked;"));
    }

    /** Chooses the first option of a selectOneMenu whose label matches the pattern, and returns its label. */
    private String chooseFirstMatching(String menuId, String labelPattern) {
        browser.find("#" + Browser.escape(menuId));
        String label = (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const widget = PrimeFaces.getWidgetById(arguments[0]);
                const pattern = new RegExp(arguments[1]);
                const option = Array.from(widget.input[0].options).find(o => pattern.test(o.text));
                if (!option) {
                    return null;
                }
                widget.selectValue(option.value);
                return option.text;""", menuId, labelPattern);
        assertNotNull(label, "no option of " + menuId + " matches " + labelPattern);
        browser.waitForText("#" + Browser.escape(menuId + "_label"), label);
        return label;
    }

    /**
     * Ticks the options of a selectCheckboxMenu whose labels start with the prefixes, on the hidden
     * inputs the component submits: its overlay panel is unreliable to click in a headless browser.
     */
    private void checkReceivers(String menuId, List<String> labelPrefixes) {
        browser.present("#" + Browser.escape(menuId));
        Object ticked = ((JavascriptExecutor) browser.driver()).executeScript("""
                let ticked = 0;
                document.querySelectorAll('input[type=checkbox][name="' + arguments[0] + '"]').forEach(input => {
                    const label = document.querySelector('label[for="' + input.id + '"]');
                    if (label && arguments[1].some(prefix => label.textContent.trim().startsWith(prefix))) {
                        input.checked = true;
                        ticked++;
                    }
                });
                return ticked;""", menuId, labelPrefixes);
        assertEquals(labelPrefixes.size(), ((Number) ticked).intValue(), "receivers ticked");
    }
}

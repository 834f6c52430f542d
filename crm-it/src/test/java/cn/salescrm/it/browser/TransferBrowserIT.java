package cn.salescrm.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole transfer flow in headless Chromium on the demo data: sales01 requests to move a customer to
 * sales02 and share it with sales03 and sales04, the manager approves, and each user then sees what
 * the rights allow. Demo salesperson S00n has the login sales0n.
 */
class TransferBrowserIT extends BrowserTestBase {

    @Test
    void requestApprovalAndNewRights() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        String code = firstOwnedCode(grid);

        TransferTabPage tab = new TransferTabPage(browser).open(code);
        assertTrue(tab.newOwner().contains("(S001)"), tab.newOwner());
        tab.openPicker();
        tab.filterPicker("S002");
        assertFalse(tab.pickerCodes().contains("S001"), "the picker never offers the current owner");
        tab.pickRow("S002");
        tab.waitForPickerClosed();
        browser.waitFor(driver -> tab.newOwner().contains("(S002)"));

        assertEquals(List.of("S003"), tab.filterSharers("S003"));
        tab.filterSharers("");
        tab.tickSharer("S003");
        tab.tickSharer("S004");
        String preview = tab.submitForPreview();
        assertTrue(preview.contains("增加共享"), preview);
        assertTrue(preview.contains("经理审批"), preview);
        browser.screenshot("transfer-preview");
        String message = tab.confirm();
        assertTrue(message.contains("待审批"), message);
        assertTrue(tab.pending().contains("待审批"), tab.pending());
        browser.screenshot("transfer-pending");
        grid.logOut();

        new LoginPage(browser).open().logIn("manager", DEMO_PASSWORD);
        browser.open("/approvals");
        approveRowOf(code);
        browser.screenshot("approvals-approved");
        new CustomerGridPage(browser).logOut();

        CustomerGridPage formerOwner = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        formerOwner.search(code);
        assertEquals(0, formerOwner.total(), formerOwner.footer());
        browser.open("/customer?code=" + code);
        assertEquals("无权访问", browser.text("#errorTitle"));
        browser.open("/customers");
        new CustomerGridPage(browser).logOut();

        new LoginPage(browser).open().logIn("sales02", DEMO_PASSWORD);
        String badge = browser.text("#topbar\\:unreadCount");
        assertTrue(badge.matches("\\d+\\+?"), "unread notifications badge: " + badge);
        assertFalse(badge.equals("0"), "unread notifications badge: " + badge);
        browser.open("/notifications");
        browser.waitForText("#notifications\\:table", code);
        browser.open("/customer?code=" + code + "&tab=followups");
        String followUps = browser.waitForText("#detail\\:tabs\\:followUps\\:list", "客户移交给");
        assertTrue(followUps.contains("审批人"), followUps);
        browser.screenshot("transfer-new-owner-follow-up");
        browser.open("/customers");
        new CustomerGridPage(browser).logOut();

        CustomerGridPage sharer = new LoginPage(browser).open().logIn("sales03", DEMO_PASSWORD);
        sharer.search(code);
        assertEquals(1, sharer.total(), sharer.footer());
        assertEquals(1, sharer.sharedMarks());
    }

    @Test
    void pickerStaysOpenWhenServerRefuses() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        String code = firstOwnedCode(grid);
        TransferTabPage tab = new TransferTabPage(browser).open(code);

        // Meanwhile the manager moves the customer away in another browser.
        try (Browser managerBrowser = new Browser()) {
            new LoginPage(managerBrowser).open().logIn("manager", DEMO_PASSWORD);
            TransferTabPage managerTab = new TransferTabPage(managerBrowser).open(code);
            managerTab.openPicker();
            managerTab.filterPicker("S005");
            managerTab.pickRow("S005");
            managerTab.waitForPickerClosed();
            managerBrowser.waitFor(driver -> managerTab.newOwner().contains("(S005)"));
            managerTab.submitForPreview();
            String applied = managerTab.confirm();
            assertTrue(applied.contains("已生效"), applied);
        }

        tab.openPicker();
        tab.filterPicker("S002");
        tab.pickRow("S002");
        String message = tab.pickerMessage();

        assertTrue(message.contains("无权"), message);
        assertTrue(tab.pickerOpen(), "the dialog stays open after the server refused the choice");
        assertTrue(tab.newOwner().contains("(S001)"), tab.newOwner());
        browser.screenshot("picker-refused");
    }

    private void approveRowOf(String code) {
        browser.type("#approvals\\:customerFilter", code);
        browser.click("#approvals\\:search");
        browser.waitFor(driver -> driver.findElements(By.cssSelector("#approvals\\:requests tbody tr")).size() == 1
                && driver.findElement(By.cssSelector("#approvals\\:requests tbody tr")).getText().contains(code));
        for (WebElement row : browser.driver().findElements(By.cssSelector("#approvals\\:requests tbody tr"))) {
            if (row.getText().contains(code)) {
                row.findElement(By.cssSelector("button[id$='approve']")).click();
                browser.click(".ui-confirmdialog-yes");
                String message = browser.waitForText("#messages", "已批准");
                assertTrue(message.contains(code), message);
                return;
            }
        }
        throw new AssertionError("no pending request of " + code + " on the approval page");
    }

    /**
     * Returns the first customer on the grid's first page that sales01 owns rather than shares and
     * that has no pending request, so that its 客户移交共享 tab shows the form.
     */
    private String firstOwnedCode(CustomerGridPage grid) {
        List<String> owned = grid.rows().stream()
                .filter(row -> row.findElements(By.cssSelector(".crm-tag-shared")).isEmpty())
                .map(row -> row.findElement(By.cssSelector(".crm-code")).getText())
                .toList();
        for (String code : owned) {
            new TransferTabPage(browser).open(code);
            if (!browser.driver().findElements(By.cssSelector("#detail\\:tabs\\:transfer\\:newOwner")).isEmpty()) {
                return code;
            }
        }
        throw new AssertionError("sales01 owns no customer without a pending request on the grid's first page");
    }
}

package cn.salescrm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/**
 * The 客户移交共享 tab of one customer: the salesperson picker, the sharer checkboxes, the preview and
 * the pending request.
 */
final class TransferTabPage {

    private static final String TAB = "#detail\\:tabs\\:transfer\\:";
    private static final String PICKER = "#detail\\:tabs\\:transfer\\:pickerDialog";

    private final Browser browser;

    TransferTabPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the tab of the customer with the code. */
    TransferTabPage open(String code) {
        browser.open("/customer?code=" + code + "&tab=transfer");
        browser.find(TAB + "code");
        return this;
    }

    String newOwner() {
        return browser.text(TAB + "newOwner");
    }

    /** Clicks 新负责人 and waits for the picker dialog. */
    void openPicker() {
        browser.click(TAB + "newOwner");
        browser.find(PICKER);
    }

    /** Types into the picker's search box and waits until every listed code contains the text. */
    void filterPicker(String text) {
        browser.type(TAB + "pickerFilter", text);
        browser.waitFor(driver -> {
            List<String> codes = pickerCodes();
            return !codes.isEmpty() && codes.stream().allMatch(code -> code.contains(text));
        });
    }

    /** Returns the codes in the picker's table. */
    List<String> pickerCodes() {
        return browser.driver().findElements(By.cssSelector(TAB + "pickerTable tbody tr td:first-child")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** Clicks the picker row of the code. */
    void pickRow(String code) {
        for (WebElement row : browser.driver().findElements(By.cssSelector(TAB + "pickerTable tbody tr"))) {
            if (row.findElement(By.cssSelector("td:first-child")).getText().equals(code)) {
                row.findElement(By.cssSelector("td:nth-child(2)")).click();
                return;
            }
        }
        throw new AssertionError("no picker row " + code + " among " + pickerCodes());
    }

    boolean pickerOpen() {
        return browser.driver().findElement(By.cssSelector(PICKER)).isDisplayed();
    }

    void waitForPickerClosed() {
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(PICKER)));
    }

    /** Waits for the picker's message, which the ajax response fills after a click, and returns it. */
    String pickerMessage() {
        browser.waitFor(driver -> !browser.text(TAB + "pickerMessage").isBlank());
        return browser.text(TAB + "pickerMessage");
    }

    /** Types into the sharer filter and returns the codes of the checkboxes still shown. */
    List<String> filterSharers(String text) {
        // Keys rather than clear(): the filter runs on input events, which clear() does not fire.
        WebElement filter = browser.find("#sharerFilter");
        filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        filter.sendKeys(text);
        return browser.driver().findElements(By.cssSelector(".crm-sharer input[type=checkbox]")).stream()
                .filter(WebElement::isDisplayed)
                .map(box -> box.getAttribute("data-code"))
                .toList();
    }

    void tickSharer(String code) {
        WebElement box = browser.present(".crm-sharer input[data-code='" + code + "']");
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks 提交 and returns the text of the preview dialog. */
    String submitForPreview() {
        browser.click(TAB + "submit");
        return browser.text(TAB + "preview");
    }

    /** Confirms the preview and waits for the page message. */
    String confirm() {
        browser.click(TAB + "confirm");
        return browser.text("#messages");
    }

    String pending() {
        return browser.text(TAB + "pending");
    }
}

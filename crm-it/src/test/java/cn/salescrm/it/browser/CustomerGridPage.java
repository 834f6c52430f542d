package cn.salescrm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer grid (客户资料) as a test drives it.
 */
final class CustomerGridPage {

    /** The footer, also in its "more than" form when the count stopped at the grid's limit. */
    private static final Pattern FOOTER = Pattern.compile("共有 (\\d+) 条(?:以上)?数据, 当前第 (\\d+) 页");

    private final Browser browser;

    CustomerGridPage(Browser browser) {
        this.browser = browser;
    }

    String footer() {
        return browser.text("#grid\\:footer");
    }

    /** Returns N of "共有 N 条数据". */
    long total() {
        return footerNumber(1);
    }

    /** Returns P of "当前第 P 页". */
    int currentPage() {
        return (int) footerNumber(2);
    }

    List<String> codes() {
        return browser.driver().findElements(By.cssSelector("#grid\\:table .crm-code")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#grid\\:table tbody tr"));
    }

    int sharedMarks() {
        return browser.driver().findElements(By.cssSelector("#grid\\:table .crm-tag-shared")).size();
    }

    /** Types the fuzzy search text and submits the filters (提交查询). */
    void search(String keyword) {
        String before = footer();
        browser.type("#grid\\:keyword", keyword);
        browser.click("#grid\\:search");
        browser.waitForChange("#grid\\:footer", before);
    }

    /** Chooses a value of one of the filter menus, by its label; applied at the next search. */
    void chooseFilter(String menuId, String label) {
        browser.choose("grid:" + menuId, label);
    }

    /** Submits the filters and waits for the grid to change. */
    void submitFilters() {
        String before = footer() + codes();
        browser.click("#grid\\:search");
        waitForGridChange(before);
    }

    void nextPage() {
        String before = footer();
        browser.click("#grid\\:nextPage");
        browser.waitForChange("#grid\\:footer", before);
    }

    void lastPage() {
        String before = footer();
        browser.click("#grid\\:lastPage");
        browser.waitForChange("#grid\\:footer", before);
    }

    /** Clicks the 更新 link of the row with the given customer code. */
    void openRow(String code) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#grid\\:table tbody tr"));
        for (WebElement row : rows) {
            if (row.findElement(By.cssSelector(".crm-code")).getText().equals(code)) {
                row.findElement(By.cssSelector("a.crm-update")).click();
                browser.find("#detail\\:tabs\\:basic\\:code");
                return;
            }
        }
        throw new AssertionError("No row with code " + code + " on the page: " + codes());
    }

    void logOut() {
        browser.click("#topbar\\:logout");
        browser.find("#login\\:username");
    }

    private void waitForGridChange(String before) {
        browser.waitFor(driver -> !(footer() + codes()).equals(before));
    }

    private long footerNumber(int group) {
        Matcher matcher = FOOTER.matcher(footer());
        if (!matcher.find()) {
            throw new AssertionError("Footer does not read '共有 N 条数据, 当前第 P 页': " + footer());
        }
        return Long.parseLong(matcher.group(group));
    }
}

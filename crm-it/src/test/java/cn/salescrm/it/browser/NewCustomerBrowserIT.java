package cn.salescrm.it.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The new-customer form (新增客户) in headless Chromium: messages beside fields, a duplicate code,
 * and a customer created in status 待审核 for the logged-in salesperson.
 */
class NewCustomerBrowserIT extends BrowserTestBase {

    @BeforeEach
    void openForm() {
        new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        browser.click("#grid\\:newCustomer");
        browser.find("#customerForm\\:code");
    }

    @Test
    void emptyFormShowsMessagesBesideFields() {
        browser.click("#customerForm\\:save");

        assertEquals("此项为必填项", browser.waitForText("#customerForm\\:codeMessage", "此项为必填项"));
        assertEquals("此项为必填项", browser.text("#customerForm\\:nameMessage"));
        assertEquals("此项为必填项", browser.text("#customerForm\\:productLinesMessage"));
    }

    @Test
    void invalidCodeShowsPatternMessage() {
        fillValidForm("坏 编号");
        browser.click("#customerForm\\:save");

        String message = browser.waitForText("#customerForm\\:codeMessage", "客户编号只能包含");
        assertTrue(message.contains("字母"), message);
    }

    @Test
    void duplicateCodeShowsMessageBesideCode() {
        fillValidForm("C000001");
        browser.click("#customerForm\\:save");

        String message = browser.waitForText("#customerForm\\:codeMessage", "已被使用");
        assertTrue(message.contains("C000001"), message);
    }

    @Test
    void newCustomerIsPendingReview() {
        String code = "N" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        fillValidForm(code);
        browser.click("#customerForm\\:save");

        assertEquals(code, browser.text("#detail\\:tabs\\:basic\\:code"));
        assertEquals("待审核", browser.text("#detail\\:tabs\\:basic\\:status"));
        assertEquals("负责人", browser.text("#detail\\:tabs\\:basic\\:relation"));
        assertEquals("东莞市测试晶振电子有限公司", browser.text("#detail\\:tabs\\:basic\\:name"));
    }

    private void fillValidForm(String code) {
        browser.type("#customerForm\\:code", code);
        browser.type("#customerForm\\:shortName", "测试晶振");
        browser.type("#customerForm\\:name", "东莞市测试晶振电子有限公司");
        browser.click("#customerForm\\:productLines .ui-chkbox-box");
        browser.choose("customerForm:scale", "中客户");
        browser.choose("customerForm:type", "终端");
        browser.choose("customerForm:businessStatus", "开发");
        browser.choose("customerForm:territory", "华南");
        browser.type("#customerForm\\:contactName", "李工");
    }
}

package cn.salescrm.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer detail tabs in headless Chromium on the demo data: a sharer works a shared
 * customer, an unrelated salesperson is refused, and attachments upload with progress and preview.
 */
class CustomerDetailBrowserIT extends BrowserTestBase {

    @Test
    void sharerAddsFollowUpProjectReportAndOrder() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        String code = firstSharedCode(grid);
        String mark = Long.toString(System.currentTimeMillis(), 36);

        browser.open("/customer?code=" + code + "&tab=followups");
        browser.type("#detail\\:tabs\\:followUps\\:content", "共享人电话跟进 " + mark);
        browser.click("#detail\\:tabs\\:followUps\\:add");
        browser.waitForText("#detail\\:tabs\\:followUps\\:list", mark);

        browser.open("/customer?code=" + code + "&tab=projects");
        browser.type("#detail\\:tabs\\:projects\\:name", "LoRa抄表模组导入 " + mark);
        browser.choose("detail:tabs:projects:productLine", "LoRa模块");
        browser.type("#detail\\:tabs\\:projects\\:expectedAnnualVolume_input", "50000");
        browser.click("#detail\\:tabs\\:projects\\:submit");
        browser.waitForText("#detail\\:tabs\\:projects\\:list", mark);

        browser.choose("detail:tabs:projects:reportProject", "LoRa抄表模组导入 " + mark);
        browser.type("#detail\\:tabs\\:projects\\:progress", "样品测试通过 " + mark);
        browser.click("#detail\\:tabs\\:projects\\:report");
        browser.waitForText("#detail\\:tabs\\:projects\\:list .crm-report-count", "1");

        browser.open("/customer?code=" + code + "&tab=orders");
        browser.choose("detail:tabs:orders:productLine", "晶振");
        browser.type("#detail\\:tabs\\:orders\\:productName", "26MHz 无源晶振 " + mark);
        browser.type("#detail\\:tabs\\:orders\\:quantity_input", "2000");
        browser.type("#detail\\:tabs\\:orders\\:unitPrice_input", "0.42");
        browser.click("#detail\\:tabs\\:orders\\:place");
        String orders = browser.waitForText("#detail\\:tabs\\:orders\\:list", mark);

        assertTrue(orders.contains("840.00"), orders);
        browser.screenshot("detail-orders-sharer");
    }

    @Test
    void tabParameterOpensThatTab() {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        String code = grid.codes().get(0);

        browser.open("/customer?code=" + code + "&tab=quotes");

        assertTrue(browser.find("#detail\\:tabs\\:quotes\\:list").isDisplayed());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#detail\\:tabs\\:orders\\:list")).size(),
                "the orders tab is not loaded before it is opened");

        browser.click("#detail\\:tabs a[href*='ordersTab']");
        browser.find("#detail\\:tabs\\:orders\\:list");
        browser.waitFor(driver -> driver.getCurrentUrl().contains("tab=orders"));
    }

    @Test
    void unrelatedSalespersonGets403() {
        Set<String> visibleToSales01 = allCodes(new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD));
        new CustomerGridPage(browser).logOut();
        List<String> codesOfSales02 = new LoginPage(browser).open().logIn("sales02", DEMO_PASSWORD).codes();
        new CustomerGridPage(browser).logOut();
        String foreign = codesOfSales02.stream().filter(c -> !visibleToSales01.contains(c)).findFirst().orElseThrow();

        new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        browser.open("/customer?code=" + foreign);

        assertEquals("无权访问", browser.text("#errorTitle"));
        assertFalse(browser.driver().getPageSource().contains(foreign), "the 403 page names nothing of the customer");
    }

    @Test
    void uploadShowsProgressAndPreview() throws IOException {
        CustomerGridPage grid = new LoginPage(browser).open().logIn("sales01", DEMO_PASSWORD);
        String code = grid.codes().get(0);
        browser.open("/customer?code=" + code + "&tab=attachments");

        Path pdf = largePdf();
        throttleUploads();
        browser.present("#detail\\:tabs\\:attachments\\:upload_input").sendKeys(pdf.toString());
        assertTrue(browser.find("#detail\\:tabs\\:attachments\\:upload .ui-progressbar").isDisplayed(),
                "a progress bar shows while the file uploads");
        browser.screenshot("upload-progress");
        browser.waitForText("#detail\\:tabs\\:attachments\\:list", pdf.getFileName().toString());
        unthrottle();

        Path png = smallPng();
        browser.present("#detail\\:tabs\\:attachments\\:upload_input").sendKeys(png.toString());
        browser.waitForText("#detail\\:tabs\\:attachments\\:list", png.getFileName().toString());
        previewRow(png.getFileName().toString());
        WebElement image = browser.find("#imagePreview");
        browser.waitFor(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
        assertEquals(120L, ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].naturalWidth;", image));

        previewRow(pdf.getFileName().toString());
        assertTrue(browser.find("#pdfPreview").getAttribute("src").contains("inline=true"));
        browser.screenshot("attachment-preview");
    }

    private void previewRow(String fileName) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("#detail\\:tabs\\:attachments\\:list tbody tr"))) {
            if (row.findElement(By.cssSelector(".crm-attachment-name")).getText().equals(fileName)) {
                row.findElement(By.cssSelector(".crm-preview-link")).click();
                browser.waitForText("#detail\\:tabs\\:attachments\\:preview", fileName);
                return;
            }
        }
        throw new AssertionError("no attachment row " + fileName);
    }

    /** Slows uploads to about 1 MB/s, so the progress bar is visible for a few seconds. */
    private void throttleUploads() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setLatency(Duration.ofMillis(5));
        conditions.setUploadThroughput(1024 * 1024);
        conditions.setDownloadThroughput(50 * 1024 * 1024);
        ((ChromeDriver) browser.driver()).setNetworkConditions(conditions);
    }

    private void unthrottle() {
        ((ChromeDriver) browser.driver()).deleteNetworkConditions();
    }

    private static String firstSharedCode(CustomerGridPage grid) {
        for (int page = 0; page < 5; page++) {
            List<WebElement> rows = grid.rows();
            for (WebElement row : rows) {
                if (!row.findElements(By.cssSelector(".crm-tag-shared")).isEmpty()) {
                    return row.findElement(By.cssSelector(".crm-code")).getText();
                }
            }
            grid.nextPage();
        }
        throw new AssertionError("sales01 has no shared customer on its first pages");
    }

    private Set<String> allCodes(CustomerGridPage grid) {
        Set<String> codes = new HashSet<>(grid.codes());
        while (codes.size() < grid.total()) {
            grid.nextPage();
            codes.addAll(grid.codes());
        }
        return codes;
    }

    /** Writes a 4 MB PDF: a valid one-page document padded with a comment block. */
    private static Path largePdf() throws IOException {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        String padding = "% " + "x".repeat(1000) + "\n";
        pdf.append(padding.repeat(4_000));
        pdf.append("""
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
        Path file = Files.createTempFile("规格书-", ".pdf");
        Files.writeString(file, pdf, StandardCharsets.US_ASCII);
        return file;
    }

    private static Path smallPng() throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(31, 78, 121));
        graphics.fillRect(0, 0, 120, 80);
        graphics.dispose();
        Path file = Files.createTempFile("晶振照片-", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}

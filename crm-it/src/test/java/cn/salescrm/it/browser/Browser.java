package cn.salescrm.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven through Debian's ChromeDriver. Nothing is downloaded: the
 * binaries are the ones .ci/install-browser.sh installs from the Debian archive.
 */
final class Browser implements AutoCloseable {

    static final String BASE_URL = "http://127.0.0.1:" + System.getProperty("crm.it.http.port", "8080") + "/crm";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("crm-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException("Creating a Chromium profile folder failed", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application, such as {@code /customers}. */
    void open(String path) {
        driver.get(BASE_URL + path);
    }

    WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Finds an element that exists but may be hidden, such as the file input of an upload widget. */
    WebElement present(String css) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits until the element's text contains the expected text, and returns the whole text. */
    String waitForText(String css, String expected) {
        // One read inside the wait: an ajax update may replace the element between two reads.
        return waitFor(driver -> {
            String text = driver.findElement(By.cssSelector(css)).getText();
            return text.contains(expected) ? text : null;
        });
    }

    /** Waits until an element's text no longer equals the given text, after an ajax update. */
    String waitForChange(String css, String before) {
        waitFor(driver -> !driver.findElement(By.cssSelector(css)).getText().equals(before));
        return text(css);
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    void click(String css) {
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its label, through the widget's own client
     * API as PrimeFaces' Selenium support does: clicks on the sliding panel are unreliable headless.
     */
    void choose(String menuId, String label) {
        find("#" + escape(menuId));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const widget = PrimeFaces.getWidgetById(arguments[0]);
                const option = Array.from(widget.input[0].options).find(o => o.text === arguments[1]);
                widget.selectValue(option.value);""", menuId, label);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + escape(menuId + "_label")),
                label));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Saving screenshot " + name + " failed", e);
        }
    }

    /** Waits up to 15 s; an element replaced by an ajax update while being read is read again. */
    <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    static String escape(String clientId) {
        return clientId.replace(":", "\\:");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // NOTE: a profile folder left in the temp directory is harmless; the next run makes a new one.
        }
    }
}

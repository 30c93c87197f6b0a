package cn.jiangmen.greenchannel.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded (both paths
 * are given, so Selenium Manager never runs). The browser's language is Chinese through the
 * {@code intl.accept_languages} preference, which is what the webapps read (camunda-notes).
 * A missing browser or driver fails the test with a message; it never skips.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("greenchannel.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("greenchannel.test.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    final WebDriver driver;
    private final ChromeDriverService service;
    private final String baseUrl;
    private final String prefix;
    private boolean closed;

    private HeadlessChromium(WebDriver driver, ChromeDriverService service, String baseUrl, String prefix) {
        this.driver = driver;
        this.service = service;
        this.baseUrl = baseUrl;
        this.prefix = prefix;
    }

    /** Fails (not skips) when Chromium or chromedriver is missing: the browser tests are part of the suite. */
    static void requireInstalled() {
        assertThat(new File(CHROMIUM)).as("Chromium at " + CHROMIUM
                + " (scripts/test.sh installs Debian's chromium and chromium-driver; by hand: apt-get install -y chromium chromium-driver)")
                .exists().canRead();
        assertThat(new File(CHROMIUM).canExecute()).as(CHROMIUM + " is executable").isTrue();
        assertThat(new File(CHROMEDRIVER)).as("chromedriver at " + CHROMEDRIVER
                + " (Debian package chromium-driver; scripts/test.sh installs it)").exists();
        assertThat(new File(CHROMEDRIVER).canExecute()).as(CHROMEDRIVER + " is executable").isTrue();
    }

    /** Removes the screenshots of an earlier run, so a failure's files never outlive the fix. */
    static void deleteScreenshots(String prefix) throws IOException {
        if (Files.isDirectory(SCREENSHOTS)) {
            try (var files = Files.list(SCREENSHOTS)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A browser whose first language is {@code acceptLanguages}' first, e.g. "zh-CN,zh". */
    static HeadlessChromium start(String baseUrl, String acceptLanguages, String screenshotPrefix) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1920,1080");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                // the bureaus' PCs run in China's time: the webapps show dates in the browser's zone
                .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver, service, baseUrl, screenshotPrefix);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(200));
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    void click(By by) {
        WebElement element = clickable(by);
        scrollIntoView(element);
        element.click();
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** Waits until the page's visible text contains {@code text}. */
    void waitForText(String text) {
        waiting().withMessage(() -> "page text containing '" + text + "'")
                .until(d -> bodyText().contains(text));
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Camunda's login form (7.24 has no element ids on it). */
    void logIn(String user, String password) {
        WebElement name = visible(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    /** After a failed step: the screen and the page source under {@code name}, for whoever reads the failure. */
    void keepEvidence(String name) {
        screenshot(name);
        savePageSource(name);
    }

    /** target/screenshots/&lt;prefix&gt;-&lt;name&gt;.png, for a person to look at. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(prefix + "-" + name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write screenshot " + name, e);
        }
    }

    /** The page's HTML next to the screenshots, for diagnosing a failed step. */
    void savePageSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(prefix + "-" + name + ".html"), driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // diagnostics only
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}

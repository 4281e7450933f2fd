package uk.org.casereview.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real browser for the page tests: Debian's headless Chromium driven by the machine's chromedriver (no browser is
 * downloaded), with axe-core (from npm, on the test classpath) injected into a page to find WCAG 2.2 A and AA violations.
 */
public final class Browser implements AutoCloseable {

    /** The axe-core tags of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = axeSource();

    private final WebDriver driver;
    private final String base;
    private final List<String> checked = new ArrayList<>();

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 1600));
        // axe-core (half a megabyte) is given to the browser once, to load with every page, not sent again for each check
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", AXE));
        this.base = "http://localhost:" + port;
    }

    private static String executable(String variable, String standard) {
        String path = System.getenv().getOrDefault(variable, standard);
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: the page tests need Debian's chromium and chromium-driver packages"
                    + " (apt-get install chromium chromium-driver), as .ci/run installs them");
        }
        return path;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public void signIn(String user, String password) {
        open("/sign-in");
        type("username", user);
        type("password", password);
        leaving(() -> driver.findElement(By.id("sign-in")).click());
    }

    public void signOut() {
        leaving(() -> driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click());
    }

    /**
     * Does what sends a form and waits until the browser has left the page: a page opened next would otherwise cut
     * the form's request short (a sign-in whose session cookie never arrived, seen once in CI).
     */
    private void leaving(Runnable send) {
        WebElement page = driver.findElement(By.tagName("html"));
        send.run();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The whole page's text, header and navigation included. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Types an ISO date into a GOV.UK date input (day, month, year). */
    public void date(String name, String isoDate) {
        String[] parts = isoDate.split("-");
        type(name + "-day", parts[2]);
        type(name + "-month", parts[1]);
        type(name + "-year", parts[0]);
    }

    /** Chooses a radio or ticks a checkbox by clicking its label, as a person would. */
    public void choose(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /**
     * Follows a link by its words (a link whose words go on, for screen readers, with words visually hidden, too); one
     * to another page of the service is waited for, so that what is read next is read from that page.
     */
    public void click(String linkText) {
        List<WebElement> exact = driver.findElements(By.linkText(linkText));
        WebElement link = exact.isEmpty() ? driver.findElement(By.partialLinkText(linkText)) : exact.get(0);
        String href = link.getAttribute("href");
        if (href == null || href.contains("#") || !href.startsWith(base)) {
            link.click();
        } else {
            leaving(link::click);
        }
    }

    /** Sends the form and waits until the browser has left the page (for the answer, or the form again with its errors). */
    public void save() {
        leaving(() -> driver.findElement(By.id("send")).click());
    }

    public boolean hasLink(String linkText) {
        return !driver.findElements(By.linkText(linkText)).isEmpty();
    }

    public List<String> errorSummary() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream().map(WebElement::getText).toList();
    }

    /** The error message shown next to a question (without the hidden "Error:"). */
    public String errorAt(String name) {
        List<WebElement> error = driver.findElements(By.id(name + "-error"));
        return error.isEmpty() ? null : error.get(0).getText().replaceFirst("^Error:\\s*", "");
    }

    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Runs axe-core on the page shown: the WCAG 2.2 A and AA violations, each with its rule, impact and elements. */
    public List<String> accessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
            js.executeScript(AXE); // a page shown before the browser had it
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done('axe failed: ' + e));
                """, WCAG_22_AA);
        checked.add(path());
        try {
            JsonNode violations = JSON.readTree(result.toString());
            List<String> found = new ArrayList<>();
            for (JsonNode violation : violations) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString() + " " + node.path("failureSummary").asText()));
                found.add(path() + ": " + violation.path("id").asText() + " (" + violation.path("impact").asText() + ") "
                        + violation.path("help").asText() + " at " + targets);
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("axe-core did not answer violations: " + result, e);
        }
    }

    /** The pages that axe-core checked so far. */
    public List<String> checkedPages() {
        return checked;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath: the build installs axe-core from npm");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

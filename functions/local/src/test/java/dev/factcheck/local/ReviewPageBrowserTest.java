package dev.factcheck.local;

import static dev.factcheck.local.LocalRunner.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.sam.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review pages in a real headless Chromium, served by the local runner from the template's
 * ReviewPageFunction: what an editor sees and can do with a keyboard. Needs Debian's {@code chromium}
 * and {@code chromium-driver} (installed by .ci/run); without them the test fails and says so.
 */
class ReviewPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String XSS_TITLE = "<img src=x onerror=alert('title')> Initech cuts";
    private static final String XSS_TEXT = "Amazon is laying off approximately 14,000 corporate employees."
            + "</script><script>alert('body')</script> <img src=x onerror=alert('img')>\n\nMore to follow.";

    private static Serve serve;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isTrue();
        serve = LocalRunner.serve("--in-memory", "--port", "0", "--no-schedules");
        base = "http://127.0.0.1:" + serve.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void highlights_matchTheApisClaims_oneForOne() throws IOException {
        String id = serve.seeded().articleIds().getFirst();
        List<String> apiClaims = new ArrayList<>();
        JSON.readTree(send(serve.port(), "GET", "/articles/" + id, null).body()).path("claims")
                .forEach(claim -> apiClaims.add(claim.path("id").asText() + "=" + claim.path("verdict").asText()));

        browser.get(base + "/articles/" + id + "/review");
        List<String> highlighted = browser.findElements(By.cssSelector("[data-claim-id]")).stream()
                .map(e -> e.getDomAttribute("data-claim-id") + "=" + e.getDomAttribute("data-verdict")).toList();

        assertThat(highlighted).isNotEmpty().containsExactlyInAnyOrderElementsOf(apiClaims);
        assertThat(browser.findElements(By.cssSelector("[data-claim-id] .icon"))).hasSameSizeAs(highlighted);
    }

    @Test
    void figureDetails_openByKeyboard_withEvidenceAndExpectedValue() throws IOException {
        String id = serve.seeded().articleIds().getFirst();
        browser.get(base + "/articles/" + id + "/review");

        WebElement figure = tabTo("[data-claim-id]");
        figure.sendKeys(Keys.ENTER);

        String detailsId = "details-" + figure.getDomAttribute("data-claim-id");
        assertThat(isOpen(detailsId)).as("Enter on a figure opens its details").isTrue();
        WebElement details = browser.findElement(By.id(detailsId));
        assertThat(details.getText()).contains("Expected").contains("Bounds from the wording");
        assertThat(details.findElements(By.cssSelector("a[href^='http']"))).as("evidence links to its sources").isNotEmpty();
        screenshot("review-page");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(isOpen(detailsId)).as("Escape closes them").isFalse();
    }

    @Test
    void hostileTitleAndText_stayText_andRunNothing() throws IOException {
        String body = JSON.createObjectNode().put("title", XSS_TITLE).put("text", XSS_TEXT).put("publishedAt", "2025-10-28").toString();
        JsonNode stored = JSON.readTree(send(serve.port(), "POST", "/articles", body, "content-type", "application/json").body());

        for (String page : List.of("/articles/" + stored.path("id").asText() + "/review", "/")) {
            browser.get(base + page);
            assertThat(alertShown()).as(page + " runs no script").isFalse();
            assertThat(browser.findElements(By.cssSelector("img, script"))).as(page).isEmpty();
        }
        browser.get(base + "/articles/" + stored.path("id").asText() + "/review");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(XSS_TITLE);
        assertThat(browser.findElement(By.cssSelector(".article")).getText()).contains("<script>alert('body')</script>");
    }

    @Test
    void pastedText_isCheckedFromTheHomePage() {
        browser.get(base + "/");
        browser.findElement(By.id("text")).sendKeys("Amazon is laying off approximately 14,000 corporate employees.");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        List<WebElement> figures = List.of();
        for (int tries = 0; tries < 100 && figures.isEmpty(); tries++) {
            figures = browser.findElements(By.cssSelector("[data-claim-id]")); // the answer page may still be loading
            sleepBriefly();
        }
        assertThat(figures).extracting(e -> e.getDomAttribute("data-verdict")).containsExactly("SUPPORTED");
    }

    @Test
    void pages_fitAPhoneScreen_withoutSidewaysScrolling() {
        String id = serve.seeded().articleIds().getFirst();
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/", "/articles/" + id + "/review")) {
                browser.get(base + page);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as(page + " overflows sideways by").isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** Presses Tab from the top of the page until an element matching {@code selector} has the focus. */
    private static WebElement tabTo(String selector) {
        WebElement body = browser.findElement(By.tagName("body"));
        body.click();
        for (int presses = 0; presses < 50; presses++) {
            WebElement focused = browser.switchTo().activeElement();
            if (focused.getDomAttribute("data-claim-id") != null && !browser.findElements(By.cssSelector(selector)).isEmpty()) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("no " + selector + " within 50 Tab presses");
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isOpen(String popoverId) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0]).matches(':popover-open');", popoverId);
    }

    private static boolean alertShown() {
        try {
            browser.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    /**
     * Saves what the browser shows to target/; with {@code -Dfactcheck.screenshots.update=true} also to
     * infra/screenshots/, the copy the README shows.
     */
    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("factcheck.screenshots.update")) {
            Path readmeCopy = ProjectFiles.root().resolve("infra/screenshots").resolve(name + ".png");
            Files.createDirectories(readmeCopy.getParent());
            Files.copy(shot, readmeCopy, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

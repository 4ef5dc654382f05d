package cn.jining.credithub.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.sample.SampleRecords;
import cn.jining.credithub.gateway.HubTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Hawtio console in a real headless Chromium (Debian's chromium and its chromedriver, never a downloaded
 * browser): an operator signs in through the login form (an audited sign-in), sees the hub's Camel routes with
 * their statistics and diagram, and the repository queue's depth in the JMX view of Artemis. Screenshots go to
 * target/screenshots/. Skipped with the reason when no chromium is installed, unless CREDITHUB_REQUIRE_BROWSER=true (CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "browserInstalledOrRequired", disabledReason = "no chromium / chromedriver here (apt-get install "
        + "chromium chromium-driver, or set CREDITHUB_CHROMIUM / CREDITHUB_CHROMEDRIVER); "
        + "CREDITHUB_REQUIRE_BROWSER=true makes this a failure")
class ConsoleBrowserTest extends HubTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    // Debian's packages by default; elsewhere the environment names the system's own chromium and driver.
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CREDITHUB_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CREDITHUB_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static WebDriver browser;
    private static Path profile;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hubProperties(registry);
        ConsoleAccounts.register(registry);
        // The repository's consumers stay stopped, so the accepted batches wait on its queue: a depth to see.
        registry.add("credithub.destinations.repository.auto-startup", () -> "false");
    }

    /** Runs where the browser is installed, and always where it is required (CI), to fail there without it. */
    static boolean browserInstalledOrRequired() {
        return installed() || "true".equals(System.getenv("CREDITHUB_REQUIRE_BROWSER"));
    }

    private static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(installed()).as(CHROMIUM + " and " + CHROMEDRIVER + " must be installed").isTrue();
        profile = Files.createTempDirectory("credithub-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorSignsInAndSeesTheRoutesAndAQueueDepth() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertThat(submit("jn-amr", "console-" + i, List.of(SampleRecords.penaltyRecord("CB-" + i, 8200 + i)))
                    .statusCode()).isEqualTo(200);
        }
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(d -> queueDepth("credit.accepted.repository") == 3);

        browser.get(url("/actuator/hawtio/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(ConsoleAccounts.OPERATOR);
        browser.findElement(By.name("password")).sendKeys(ConsoleAccounts.OPERATOR_PASSWORD);
        screenshot("1-login");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'ADMIN' AND source_id = 'console' "
                + "AND detail LIKE '%\"action\":\"sign-in\"%\"operator\":\"operator\"%'", Integer.class) == 1);

        browser.get(url("/actuator/hawtio/camel"));
        treeNode(wait, "routes").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[normalize-space()='repository-writer']")));
        screenshot("2-camel-routes");
        String routes = browser.findElement(By.tagName("main")).getText();
        assertThat(routes).contains("intake").contains("dispatch").contains("repository-writer").contains("Started");

        browser.findElement(By.xpath("//*[normalize-space(text())='Route Diagram']")).click();
        // One diagram node per step of every route (the hub's routes have dozens), with its exchange counts.
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".react-flow__node"), 10));
        screenshot("3-route-diagram");

        browser.get(url("/actuator/hawtio/jmx/attributes"));
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[type=search], #input-search, input[placeholder*='earch']")));
        search.sendKeys("credit.accepted.repository");
        // Other test hubs alive in this JVM show their brokers too: take the queue under this hub's broker.
        treeNode(wait, "//li[div//" + nodeText(broker.server().getActiveMQServer().getConfiguration().getName())
                + "]//" + nodeText("credit.accepted.repository"), "credit.accepted.repository").click();
        WebElement depth = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[normalize-space()='MessageCount']]")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", depth);
        wait.until(ExpectedConditions.visibilityOf(depth));
        screenshot("4-repository-queue");
        assertThat(depth.getText()).isEqualToIgnoringWhitespace("MessageCount3");
    }

    private static WebElement treeNode(WebDriverWait wait, String text) {
        return treeNode(wait, "//" + nodeText(text), text);
    }

    private static String nodeText(String text) {
        return "*[contains(@class,'tree-view__node-text') and normalize-space()='" + text + "']";
    }

    private static WebElement treeNode(WebDriverWait wait, String xpath, String text) {
        try {
            return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // What the console showed instead, for whoever reads the failure.
            screenshot("failed-" + text);
            try {
                dump("failed-" + text);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dump(String name) throws IOException {
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    }
}

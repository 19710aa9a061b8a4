package org.ariadne.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's headless Chromium (Debian's chromium and chromium-driver, never a downloaded browser). After every page
 * it checks what a person would notice: no script the page did not mean to run (an alert would be an injection), and
 * no serious or critical accessibility violation (axe-core); and it keeps a screenshot in target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<String> AXE_VIOLATIONS = new ArrayList<>();
    /** The largest amount of JavaScript one page referenced, in bytes, and on which page. */
    static long largestScriptBytes;
    static String largestScriptPage = "";
    private static final Map<String, Long> SCRIPT_SIZES = new HashMap<>();
    private static boolean signInFormChecked;
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    final WebDriver driver;
    final Path downloads;
    private final String base;

    Browser(String base) {
        this.base = base;
        try {
            downloads = Files.createTempDirectory("ariadne-downloads");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=bs");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through identity's sign-in form, starting from the front page. */
    void signIn(String username, String password) {
        open("/");
        click(By.cssSelector("a.button.primary"));
        waitFor(By.name("username"));
        if (!signInFormChecked) {
            check("00-identity-sign-in");
            signInFormChecked = true;
        }
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("main#main"));
    }

    WebElement waitFor(By selector) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(selector);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Clicks a link or a form's button and waits until the next page has replaced this one. */
    void click(By selector) {
        WebElement element = waitFor(selector);
        ((JavascriptExecutor) driver).executeScript("window.ariadneOldPage = true;");
        String before = driver.getCurrentUrl();
        element.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return window.ariadneOldPage === undefined && document.readyState === 'complete';")));
        } catch (TimeoutException e) {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            try {
                Files.copy(png, SCREENSHOTS.resolve("failed-click-" + System.currentTimeMillis() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            StringBuilder console = new StringBuilder();
            driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append(entry.getMessage()).append('\n'));
            throw new AssertionError("Clicking " + selector + " on " + before + " loaded no new page (now at " + driver.getCurrentUrl()
                    + "); browser console:\n" + console + "\npage:\n" + text(), e);
        }
    }

    /** Clicks something that updates the page in place (htmx), without waiting for a new page. */
    void press(By selector) {
        waitFor(selector).click();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Screenshot, no alert, no serious or critical accessibility violation. */
    void check(String name) {
        try {
            String alert = driver.switchTo().alert().getText();
            throw new AssertionError("An alert fired on " + driver.getCurrentUrl() + ": " + alert);
        } catch (NoAlertPresentException expected) {
            // the page ran no injected script
        }
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long scriptBytes = 0;
        for (WebElement script : driver.findElements(By.cssSelector("script[src]"))) {
            scriptBytes += SCRIPT_SIZES.computeIfAbsent(script.getAttribute("src"), Browser::bytesOf);
        }
        if (scriptBytes > largestScriptBytes) {
            largestScriptBytes = scriptBytes;
            largestScriptPage = name;
        }
        Results results = new AxeBuilder().analyze(driver);
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                AXE_VIOLATIONS.add(name + ": " + violation.getImpact() + " " + violation.getId() + " — " + violation.getHelp()
                        + " " + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }

    /** The size of a script as the browser downloads it (the assets are public: no session needed). */
    static long bytesOf(String url) {
        try {
            return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    File awaitDownload(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            // Chromium writes a download to a hidden temporary file (.org.chromium.Chromium.*) and a .crdownload before
            // it renames it to its own name: only that last one is the download.
            File[] files = downloads.toFile().listFiles((dir, name) -> !name.startsWith(".") && !name.endsWith(".crdownload")
                    && !name.endsWith(".tmp"));
            if (files != null && files.length > 0 && files[0].length() > 0) {
                return files[0];
            }
            LocalStack.sleep(200);
        }
        throw new AssertionError("No download arrived in " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

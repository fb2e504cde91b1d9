package eu.clusterdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.io.testing.BrokenInputs;
import eu.clusterdata.model.ClusterProfile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page as a steward uses it, in headless Chromium driven by Debian's chromium-driver
 * (installed by {@code .ci/setup-test-env}): upload, read, filter, switch language, download,
 * compare; with the keyboard, at 1280 and 400 pixels, without a script error.
 */
@Tag("external") // needs Chromium and chromium-driver: runs in the profile external-programs
class ReviewBrowserTest {

  /** Where the pictures of the page go; {@code docs/screenshots/} holds the last ones taken. */
  private static final Path PICTURES =
      Path.of(System.getProperty("screenshots", "target/screenshots"));

  private static final Path NRW =
      ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl").toAbsolutePath().normalize();

  private static ReviewServer server;

  @TempDir Path downloads;
  @TempDir Path files;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() {
    server = ReviewServer.start(NRW.toString());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void open() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=en-GB");
    Map<String, Object> preferences = new HashMap<>();
    preferences.put("download.default_directory", downloads.toString());
    preferences.put("download.prompt_for_download", false);
    preferences.put("intl.accept_languages", "en-GB,en");
    options.setExperimentalOption("prefs", preferences);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1000));
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(server.uri("/").toString());
  }

  @AfterEach
  void close() {
    try {
      List<String> errors = new ArrayList<>();
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(entry.getMessage());
        }
      }
      assertEquals(List.of(), errors, "the console shows no error");
    } finally {
      browser.quit();
    }
  }

  private void check(Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toString());
    browser.findElement(By.id("check")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
  }

  /** Keeps a picture of the window, as tall as the page (up to 2,400 pixels). */
  private void keep(String name) throws Exception {
    Dimension window = browser.manage().window().getSize();
    long height = (Long) script("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(2400, height + 140)));
    Files.createDirectories(PICTURES);
    Files.write(PICTURES.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(window);
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private void fitsTheWindow() {
    long page = (Long) script("return document.documentElement.scrollWidth;");
    long window = (Long) script("return window.innerWidth;");
    Object wider =
        script(
            "return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);");
    assertTrue(
        page <= window,
        "the page (" + page + " px) is no wider than the window " + window + ": " + wider);
  }

  @Test
  void theNrwSetConformsAndTheOverviewShows() throws Exception {
    keep("review-empty-en");
    check(NRW);
    assertEquals("Everything conforms.", browser.findElement(By.id("verdict")).getText());
    assertTrue(browser.findElement(By.id("downloads")).isDisplayed());
    assertFalse(browser.findElements(By.cssSelector("#part-overview svg")).isEmpty());
    fitsTheWindow();
    keep("review-nrw-en");
    browser.manage().window().setSize(new Dimension(400, 900));
    fitsTheWindow();
    keep("review-nrw-400px-en");
  }

  @Test
  void aBrokenFileShowsItsErrorsWithLinesAndTheFilterKeepsToTheAddress() throws Exception {
    Path broken =
        BrokenInputs.all().stream()
            .filter(c -> c.file().equals("bad-iri.jsonl"))
            .findFirst()
            .orElseThrow()
            .copyTo(files);
    check(broken);
    WebElement verdict = browser.findElement(By.id("verdict"));
    assertEquals("bad", verdict.getAttribute("class"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#findings tr.finding"));
    assertFalse(rows.isEmpty());
    assertTrue(rows.get(0).getText().contains("line 2"), rows.get(0).getText());

    browser.findElement(By.id("q")).sendKeys("core.iri");
    wait.until(d -> d.getCurrentUrl().contains("#q=core.iri"));
    new Select(browser.findElement(By.id("severity"))).selectByValue("warning");
    wait.until(d -> d.getCurrentUrl().contains("severity=warning"));
    assertTrue(
        browser.findElements(By.cssSelector("#findings tr.finding")).stream()
            .noneMatch(WebElement::isDisplayed),
        "no warning about core.iri");
    new Select(browser.findElement(By.id("severity"))).selectByValue("error");
    wait.until(d -> d.getCurrentUrl().contains("severity=error"));
    fitsTheWindow();
    keep("review-broken-en");
    browser.manage().window().setSize(new Dimension(400, 900));
    fitsTheWindow();
  }

  @Test
  void germanIsOneClickAway() throws Exception {
    browser.findElement(By.id("switch-language")).click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Clusterdaten prüfen"));
    check(NRW);
    assertEquals("Alles konform.", browser.findElement(By.id("verdict")).getText());
    keep("review-nrw-de");
  }

  @Test
  void theDownloadsReadBackAsTheProfilesChecked() throws Exception {
    check(NRW);
    List<ClusterProfile> checked = ApiTest.read(Files.readAllBytes(NRW), "nrw-clusters.jsonl");
    for (String format : List.of("ttl", "xlsx")) {
      browser.findElement(By.cssSelector("button.download[data-format='" + format + "']")).click();
      Path saved = downloads.resolve("nrw-clusters." + format);
      wait.until(d -> Files.exists(saved) && !Files.exists(Path.of(saved + ".crdownload")));
      wait.until(d -> sizeSettled(saved));
      assertEquals(
          checked, ApiTest.read(Files.readAllBytes(saved), saved.getFileName().toString()));
    }
  }

  private static boolean sizeSettled(Path file) {
    try {
      long before = Files.size(file);
      Thread.sleep(200);
      return before > 0 && before == Files.size(file);
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void twoFilesAreCompared() throws Exception {
    String all = Files.readString(NRW);
    Path earlier =
        Files.writeString(
            files.resolve("earlier.jsonl"),
            all.substring(0, all.stripTrailing().lastIndexOf('\n') + 1));
    browser.findElement(By.id("before")).sendKeys(earlier.toString());
    check(NRW);
    WebElement diff = browser.findElement(By.id("part-diff"));
    assertTrue(diff.findElement(By.id("added")).getText().contains("1"), diff.getText());
    Files.createDirectories(PICTURES);
    Files.write(PICTURES.resolve("review-diff-en.png"), diff.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void everyControlIsLabelledAndReachedByKeyboard() {
    check(NRW);
    @SuppressWarnings("unchecked")
    List<String> unlabelled =
        (List<String>)
            script(
                "return Array.from(document.querySelectorAll("
                    + "'input:not([type=hidden]), select, button, a[href]'))"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                    + " && !e.textContent.trim()).map(e => e.outerHTML);");
    assertEquals(List.of(), unlabelled, "every control has a label");

    Set<String> reached = new LinkedHashSet<>();
    // Key presses as a person makes them (sent to a file input, keys would name a file).
    Actions keyboard = new Actions(browser);
    for (int i = 0; i < 80; i++) {
      keyboard.sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      String id = active.getAttribute("id");
      reached.add(id == null || id.isEmpty() ? active.getText() : id);
    }
    for (String control :
        List.of("switch-language", "file", "before", "nuts", "check", "q", "severity", "rule")) {
      assertTrue(reached.contains(control), control + " is reached by keyboard: " + reached);
    }
  }
}

package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a page as a person would, in headless Chromium (Debian's {@code chromium}, which {@code
 * .ci/setup-test-env} installs; {@code -Dchromium=PATH} chooses another) with a window 1280 pixels
 * wide, and reports what that person would notice: the DOM after the page's scripts ran, the errors
 * its scripts raised or logged, and whether it is wider than the window.
 *
 * <p>Chromium's command line prints neither the console nor the layout, so the page is opened from
 * a copy with two small scripts of the test's own: one at the start of {@code <head>} that records
 * errors (uncaught exceptions, rejected promises, {@code console.error}), and one at the end of
 * {@code <body>} that writes them and the page's width into attributes of {@code <html>} once the
 * page has loaded. The page as the command wrote it is not changed.
 */
final class Chromium {

  static final int WIDTH = 1280;

  /** How tall the window is a page is opened in. */
  private static final int HEIGHT = 2400;

  private static final Path CHROMIUM =
      Path.of(
          System.getProperty(
              "chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));

  private static final String RECORD_ERRORS =
      "<script>window.__errors = [];"
          + "window.addEventListener('error', function (e) { __errors.push(String(e.message)); });"
          + "window.addEventListener('unhandledrejection', function (e) {"
          + " __errors.push(String(e.reason)); });"
          + "(function () { var error = console.error; console.error = function () {"
          + " __errors.push(Array.prototype.join.call(arguments, ' '));"
          + " return error.apply(console, arguments); }; })();</script>";

  private static final String REPORT =
      "<script>window.addEventListener('load', function () {"
          + "var html = document.documentElement;"
          + "html.setAttribute('data-test-errors', JSON.stringify(window.__errors));"
          + "html.setAttribute('data-test-scroll-width', String(html.scrollWidth));"
          + "html.setAttribute('data-test-scroll-height',"
          + " String(Math.ceil(html.getBoundingClientRect().height)));"
          + "html.setAttribute('data-test-window-width', String(window.innerWidth)); });</script>";

  private static final Pattern ATTRIBUTE = Pattern.compile("data-test-([a-z-]+)=\"([^\"]*)\"");

  /**
   * What Chromium showed.
   *
   * @param dom the DOM after the page's scripts ran
   * @param errors what the page's scripts raised or logged as errors, as a JSON array
   * @param scrollWidth how wide the page is, in CSS pixels
   * @param windowWidth how wide the window is
   * @param scrollHeight how tall the page's content is, in CSS pixels
   */
  record Page(String dom, String errors, int scrollWidth, int windowWidth, int scrollHeight) {

    /** Checks what a person would notice first: no script errors, nothing wider than the window. */
    void looksRight() {
      assertEquals("[]", errors, "the page's scripts failed");
      assertEquals(WIDTH, windowWidth, "the window is " + WIDTH + " pixels wide");
      assertTrue(
          scrollWidth <= windowWidth,
          "the page is "
              + scrollWidth
              + " pixels wide, wider than the window ("
              + windowWidth
              + ")");
    }
  }

  private Chromium() {}

  /**
   * Opens {@code page}, with {@code fragment} ({@code #severity=error} or empty) in the address.
   */
  static Page open(Path page, String fragment, Path work) throws IOException, InterruptedException {
    String html = Files.readString(page);
    String instrumented =
        html.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(RECORD_ERRORS))
            .replaceFirst("</body>", Matcher.quoteReplacement(REPORT) + "</body>");
    assertTrue(instrumented.contains(RECORD_ERRORS) && instrumented.contains(REPORT), "a page");
    Path copy = Files.createTempFile(work, "page-", ".html");
    Files.writeString(copy, instrumented);
    String dom = run(work, HEIGHT, "--dump-dom", copy.toUri() + fragment);
    Matcher attributes =
        ATTRIBUTE.matcher(dom.substring(0, dom.indexOf('>', dom.indexOf("<html"))));
    String errors = null;
    int scrollWidth = -1;
    int windowWidth = -1;
    int scrollHeight = -1;
    while (attributes.find()) {
      String value = attributes.group(2).replace("&quot;", "\"");
      switch (attributes.group(1)) {
        case "errors" -> errors = value;
        case "scroll-width" -> scrollWidth = Integer.parseInt(value);
        case "window-width" -> windowWidth = Integer.parseInt(value);
        case "scroll-height" -> scrollHeight = Integer.parseInt(value);
        default -> {}
      }
    }
    assertTrue(errors != null, "the page did not finish loading: " + dom);
    return new Page(dom, errors, scrollWidth, windowWidth, scrollHeight);
  }

  /**
   * Takes a picture of {@code page}, as tall as Chromium showed it ({@code shown}) up to the
   * window's height: of a longer page, its top.
   */
  static Path screenshot(Path page, Page shown, Path picture, Path work)
      throws IOException, InterruptedException {
    Files.createDirectories(picture.toAbsolutePath().getParent());
    run(
        work,
        Math.min(HEIGHT, shown.scrollHeight() + 32),
        "--screenshot=" + picture.toAbsolutePath(),
        page.toUri().toString());
    assertTrue(Files.size(picture) > 10_000, "a screenshot with something in it: " + picture);
    return picture;
  }

  /** How often {@code pattern} matches in {@code dom}: rows, bars, cells of a page. */
  static int count(String dom, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(dom);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static String run(Path work, int height, String... arguments)
      throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(CHROMIUM),
        CHROMIUM
            + " is missing: run .ci/setup-test-env (apt-get install chromium) or set -Dchromium=PATH");
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--window-size=" + WIDTH + "," + height,
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile"))));
    command.addAll(List.of(arguments));
    Path log = work.resolve("chromium.log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, process.exitValue(), Files.readString(log));
    return new String(out, StandardCharsets.UTF_8);
  }
}

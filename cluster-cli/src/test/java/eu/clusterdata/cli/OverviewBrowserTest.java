package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the overview page in headless Chromium (as {@link HtmlReportBrowserTest} does) and checks
 * that the charts show the summary's numbers; a screenshot is kept in {@code target/overview.png}
 * for a person to look at.
 */
class OverviewBrowserTest {

  private static final Path CHROMIUM =
      Path.of(
          System.getProperty(
              "chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));

  @TempDir Path dir;

  private String chromium(String... arguments) throws Exception {
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
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,2400",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile"))));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve("chromium.log")));
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void theChartsShowTheSummarysNumbers() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(8));
    Path page = dir.resolve("overview.html");
    assertEquals(
        0,
        Cli.run("summary", "--output", "html", "--report", page.toString(), input.toString())
            .status());
    JsonNode summary =
        new ObjectMapper().readTree(Cli.run("summary", "--output", "json", input.toString()).out());

    String dom = chromium("--dump-dom", page.toUri().toString());
    String regions = section(dom, "Clusters by region");
    long clusters = 0;
    Matcher bars = Pattern.compile("<title>([A-Z0-9]+) [^:]*: (\\d+)</title>").matcher(regions);
    int shown = 0;
    while (bars.find()) {
      shown++;
      clusters += Long.parseLong(bars.group(2));
    }
    assertEquals(summary.get("regions").size(), shown, regions);
    assertEquals(summary.get("clusters").asLong(), clusters, "every cluster is in a bar");

    long services = 0;
    Matcher cells =
        Pattern.compile("<td class=\"heat\"[^>]*>(\\d*)</td>")
            .matcher(section(dom, "Services: areas and the transformations they serve"));
    while (cells.find()) {
      services += cells.group(1).isEmpty() ? 0 : Long.parseLong(cells.group(1));
    }
    long byArea = 0;
    for (JsonNode row : summary.get("services")) {
      byArea += row.get("services").asLong();
    }
    assertTrue(services >= byArea, "each service counts once per transformation it serves");

    Path screenshot = Path.of("target", "overview.png").toAbsolutePath();
    chromium("--screenshot=" + screenshot, page.toUri().toString());
    assertTrue(Files.size(screenshot) > 10_000, "a screenshot with something in it");
  }

  /** The part of the page under the heading {@code title}, up to the next heading. */
  private static String section(String dom, String title) {
    int start = dom.indexOf("<h2>" + title + "</h2>");
    assertTrue(start >= 0, "no section " + title);
    int end = dom.indexOf("<h2>", start + 4);
    return dom.substring(start, end < 0 ? dom.length() : end);
  }
}

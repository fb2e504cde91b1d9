package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import java.io.IOException;
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
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}, which {@code
 * .ci/setup-test-env} installs) and checks what a person sees: the summary, the findings, and the
 * filter given in the address.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM =
      Path.of(
          System.getProperty(
              "chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")));

  @TempDir Path dir;

  /** The page's DOM after its scripts ran, as Chromium dumps it. */
  private String open(Path page, String fragment) throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(CHROMIUM),
        CHROMIUM
            + " is missing: run .ci/setup-test-env (apt-get install chromium) or set -Dchromium=PATH");
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--dump-dom",
                page.toUri() + fragment)
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    byte[] dom = chromium.getInputStream().readAllBytes();
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, chromium.exitValue(), Files.readString(dir.resolve("chromium.log")));
    return new String(dom, StandardCharsets.UTF_8);
  }

  private Path report() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(2));
    profiles.add(SampleFiles.invalid());
    Path input = SampleFiles.jsonLines(dir, "mixed.jsonl", profiles);
    Path report = dir.resolve("report.html");
    Cli cli =
        Cli.run(
            "validate",
            "--rules",
            "eccp",
            "--output",
            "html",
            "--report",
            report.toString(),
            input.toString());
    assertEquals(1, cli.status(), cli.toString());
    return report;
  }

  private static int count(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theReportShowsItsSummaryAndEveryFinding() throws Exception {
    String dom = open(report(), "");
    assertTrue(dom.contains("<p id=\"verdict\" class=\"bad\">Does not conform.</p>"), dom);
    assertTrue(dom.contains("<td id=\"count-profiles\">3</td>"), dom);
    int findings = count(dom, "<tr class=\"finding ");
    assertTrue(findings > 0, dom);
    assertEquals(0, count(dom, "display: none"), "nothing is hidden without a filter");
    assertTrue(dom.contains("<span id=\"shown\">" + findings + " / " + findings + "</span>"), dom);
    assertTrue(dom.contains("memberships[0].actor"), dom);
  }

  @Test
  void theFilterInTheAddressHidesTheOtherFindings() throws Exception {
    String dom = open(report(), "#severity=error&rule=core.reference");
    int findings = count(dom, "<tr class=\"finding ");
    int shown = findings - count(dom, "<tr class=\"finding [a-z]+\"[^>]*style=\"display: none;\"");
    assertEquals(1, shown, dom);
    assertTrue(dom.contains("<span id=\"shown\">1 / " + findings + "</span>"), dom);
  }
}

package eu.clusterdata.cli;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}, which {@code
 * .ci/setup-test-env} installs) and checks what a person sees: the summary, the findings, and the
 * filter given in the address.
 */
@Tag("external") // needs Chromium: runs in the profile external-programs
class HtmlReportBrowserTest {

  @TempDir Path dir;

  /** The page's DOM after its scripts ran, as Chromium dumps it; the page must look right. */
  private String open(Path page, String fragment) throws IOException, InterruptedException {
    Chromium.Page shown = Chromium.open(page, fragment, dir);
    shown.looksRight();
    return shown.dom();
  }

  private Path report(String... options) throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(2));
    profiles.add(SampleFiles.invalid());
    Path input = SampleFiles.jsonLines(dir, "mixed.jsonl", profiles);
    // A record that cannot be read: its problem is a row of the findings, with rule and path.
    Files.writeString(input, "{\"formatVersion\": \"1.1\", \"organisation\": 7}\n", APPEND);
    Path report = dir.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("validate", "--rules", "eccp"));
    args.addAll(List.of(options));
    args.addAll(List.of("--output", "html", "--report", report.toString(), input.toString()));
    Cli cli = Cli.run(args.toArray(String[]::new));
    assertEquals(1, cli.status(), cli.toString());
    return report;
  }

  @Test
  void theReportShowsItsSummaryAndEveryFinding() throws Exception {
    String dom = open(report(), "");
    assertTrue(dom.contains("<p id=\"verdict\" class=\"bad\">Does not conform.</p>"), dom);
    assertTrue(dom.contains("<td id=\"count-profiles\">3</td>"), dom);
    assertTrue(dom.contains("<td id=\"count-unreadable\">1</td>"), dom);
    int findings = Chromium.count(dom, "<tr class=\"finding ");
    assertTrue(findings > 0, dom);
    assertEquals(0, Chromium.count(dom, "display: none"), "nothing is hidden without a filter");
    assertTrue(
        dom.contains(
            "<span id=\"shown\" aria-live=\"polite\">" + findings + " / " + findings + "</span>"),
        dom);
    assertTrue(dom.contains("memberships[0].actor"), dom);
  }

  @Test
  void theFilterInTheAddressHidesTheOtherFindings() throws Exception {
    String dom = open(report(), "#severity=error&rule=core.reference");
    int findings = Chromium.count(dom, "<tr class=\"finding ");
    int shown =
        findings - Chromium.count(dom, "<tr class=\"finding [a-z]+\"[^>]*style=\"display: none;\"");
    assertEquals(1, shown, dom);
    assertTrue(
        dom.contains("<span id=\"shown\" aria-live=\"polite\">1 / " + findings + "</span>"), dom);
  }

  @Test
  void aReadErrorIsARuleToFilterOnWithItsPath() throws Exception {
    String dom = open(report(), "#rule=json.shape");
    int findings = Chromium.count(dom, "<tr class=\"finding ");
    int shown =
        findings - Chromium.count(dom, "<tr class=\"finding [a-z]+\"[^>]*style=\"display: none;\"");
    assertEquals(
        Chromium.count(
            dom, "class=\"finding error\" data-severity=\"error\" data-rule=\"json.shape\""),
        shown,
        dom);
    assertTrue(shown > 0, dom);
    assertTrue(dom.contains("<option>json.shape</option>"), "the rule filter offers it: " + dom);
    assertTrue(
        dom.contains("data-rule=\"json.shape\"") && dom.contains("<code>$.organisation</code>"),
        "its path is in the path column: " + dom);
  }

  @Test
  void theGermanReportFitsTheWindow() throws Exception {
    Path report = report("--lang", "de");
    String dom = open(report, "");
    assertTrue(dom.contains("<p id=\"verdict\" class=\"bad\">Nicht konform.</p>"), dom);
    assertTrue(dom.contains("FEHLER"), dom);
  }
}

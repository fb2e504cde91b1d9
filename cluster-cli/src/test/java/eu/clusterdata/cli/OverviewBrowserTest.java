package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the overview page in headless Chromium, as a person would, and checks what they would see:
 * no script errors, nothing wider than a 1280-pixel window, the charts, each with the numbers of
 * the summary's JSON, the impulses' titles without hovering, and a list of the sections left out
 * with the reason. {@link ScreenshotsTest} keeps pictures of the pages.
 */
@Tag("external") // needs Chromium: runs in the profile external-programs
class OverviewBrowserTest {

  private static final Path SHOWCASE = Path.of("..", "examples", "data", "showcase.json");
  private static final Path NRW = Path.of("..", "examples", "data", "nrw-clusters.jsonl");

  @TempDir Path dir;

  /** The showcase has something in every chart; each chart's numbers are the summary's. */
  @Test
  void theShowcaseShowsItsChartsWithTheSummarysNumbers() throws Exception {
    Path page = overview(SHOWCASE, "en");
    JsonNode summary = summary(SHOWCASE);
    Chromium.Page shown = Chromium.open(page, "", dir);
    shown.looksRight();
    String dom = shown.dom();

    // 1. Clusters by region: one bar per region, together every cluster.
    Map<String, Long> regions = bars(section(dom, "Clusters by region"));
    assertEquals(summary.get("regions").size(), regions.size(), regions.toString());
    for (JsonNode row : summary.get("regions")) {
      assertEquals(
          row.get("clusters").asLong(),
          regions.get(row.get("region").asText() + " " + row.get("name").asText()),
          regions.toString());
    }

    // Clusters by industrial ecosystem and by transformation, under their titles.
    assertEquals(
        titled(summary.get("ecosystems"), "ecosystem", "clusters"),
        bars(section(dom, "Clusters by industrial ecosystem")));
    assertEquals(
        titled(summary.get("transformations"), "transformation", "clusters"),
        bars(section(dom, "Clusters by transformation they engage in")));

    // 2. Members by type, from the member lists and from the stated counts.
    assertEquals(
        titled(summary.get("members"), "type", "members"),
        bars(section(dom, "Current members by type (member lists)")));
    assertEquals(
        titled(summary.get("memberCounts"), "type", "members"),
        bars(section(dom, "Members by type (member counts)")));

    // 3. Services by area and transformation: a row per service area, every service in it.
    String heat = section(dom, "Services: areas and the transformations they serve");
    assertEquals(
        eu.clusterdata.model.codes.ServiceArea.values().length,
        Chromium.count(heat, "<th class=\"row\">"),
        heat);
    long servicesShown = 0;
    Matcher cells = Pattern.compile("<td class=\"heat(?: dark)?\"[^>]*>(\\d*)</td>").matcher(heat);
    while (cells.find()) {
      servicesShown += cells.group(1).isEmpty() ? 0 : Long.parseLong(cells.group(1));
    }
    long services = 0;
    for (JsonNode row : summary.get("services")) {
      services += row.get("services").asLong();
    }
    assertTrue(servicesShown >= services, "each service once per transformation it serves");

    // 4. Impulses by cluster: a coloured cell per uptake, saying its status; a column for each
    // impulse taken up, its title written out below the table.
    long uptakes = 0;
    java.util.Set<String> impulses = new java.util.TreeSet<>();
    for (JsonNode row : summary.get("impulses")) {
      uptakes += row.get("clusters").asLong();
      impulses.add(row.get("impulse").asText());
    }
    String matrix = section(dom, "Impulses taken up, by cluster");
    assertEquals(
        uptakes, Chromium.count(matrix, "<td class=\"[a-z-]+\" title=\"[^\"]+\">[a-z ]+</td>"));
    assertEquals(impulses.size(), Chromium.count(matrix, "<th title="), matrix);
    for (String code : impulses) {
      String title =
          eu.clusterdata.model.codes.ImpulseCatalogue.find(code)
              .orElseThrow()
              .title()
              .get("en")
              .orElseThrow();
      assertTrue(matrix.contains("<dt>" + code + "</dt><dd>" + title + "</dd>"), matrix);
    }

    // 5. Labels on a timeline: one span per label.
    long labels = 0;
    for (JsonNode row : summary.get("labels")) {
      labels += row.get("labels").asLong();
    }
    assertTrue(labels > 0, "the showcase has labels");
    assertEquals(labels, Chromium.count(section(dom, "Labels and their validity"), "<rect class="));

    assertTrue(Chromium.count(dom, "<svg role=\"img\"") >= 5, "at least five charts");
    assertTrue(!dom.contains("Not shown"), "the showcase has something for every section");
  }

  /**
   * The NRW set, in German: it fits the window, the regions chart holds every cluster, and the
   * sections it has nothing for are named at the end with the reason, not shown empty.
   */
  @Test
  void theNrwSetInGermanLooksRight() throws Exception {
    Path page = overview(NRW, "de");
    Chromium.Page shown = Chromium.open(page, "", dir);
    shown.looksRight();
    long clusters = 0;
    for (long n : bars(section(shown.dom(), "Cluster nach Region")).values()) {
      clusters += n;
    }
    JsonNode summary = summary(NRW);
    assertEquals(summary.get("clusters").asLong(), clusters);
    String absent = section(shown.dom(), "Nicht gezeigt");
    for (String[] left :
        new String[][] {
          {"members", "Aktuelle Mitglieder nach Art (Mitgliederlisten)"},
          {"memberCounts", "Mitglieder nach Art (Mitgliederzahlen)"},
          {"labels", "Labels und ihre Gültigkeit"}
        }) {
      assertEquals(0, summary.get(left[0]).size(), left[0]);
      assertTrue(absent.contains("<strong>" + left[1] + "</strong>: "), absent);
      assertTrue(!shown.dom().contains("<h2>" + left[1] + "</h2>"), left[1]);
    }
    assertTrue(
        section(shown.dom(), "Cluster nach industriellem Ökosystem")
            .contains("die Quellen nennen keine deutschen"),
        "says once that the ecosystems have English names only");
  }

  private Path overview(Path input, String language) {
    Path page = dir.resolve("overview-" + language + ".html");
    Cli cli =
        Cli.run(
            "summary",
            "--lang",
            language,
            "--output",
            "html",
            "--report",
            page.toString(),
            input.toString());
    assertEquals(0, cli.status(), cli.toString());
    return page;
  }

  private static JsonNode summary(Path input) throws Exception {
    return new ObjectMapper()
        .readTree(Cli.run("summary", "--output", "json", input.toString()).out());
  }

  /** The bars of a chart: label and value, from each bar's tooltip. */
  private static Map<String, Long> bars(String chart) {
    Map<String, Long> bars = new TreeMap<>();
    Matcher bar = Pattern.compile("<rect [^>]*><title>([^<]*): (\\d+)</title>").matcher(chart);
    while (bar.find()) {
      bars.put(bar.group(1), Long.parseLong(bar.group(2)));
    }
    return bars;
  }

  /** The summary's counts under the English titles of their codes, as the charts show them. */
  private static Map<String, Long> titled(JsonNode rows, String key, String value) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(
        row ->
            counts.put(
                CodeNames.title(key, row.get(key).asText(), java.util.Locale.ENGLISH),
                row.get(value).asLong()));
    return counts;
  }

  /** The part of the page under the heading {@code title}, up to the next heading. */
  private static String section(String dom, String title) {
    int start = dom.indexOf("<h2>" + title + "</h2>");
    assertTrue(start >= 0, "no section " + title);
    int end = dom.indexOf("<h2>", start + 4);
    return dom.substring(start, end < 0 ? dom.length() : end);
  }
}

package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.MemberCount;
import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages a steward opens (the overview, the diff and the validation report) for the NRW set and
 * the showcase, in English and German, each opened in headless Chromium with a window 1280 pixels
 * wide: no script errors, nothing wider than the window. Each page is kept as a picture of its
 * whole height in {@code target/screenshots/}, or in the folder the system property {@code
 * screenshots} names; {@code docs/screenshots/} holds the pictures this test took last (its README
 * says how to take them again).
 */
@Tag("external") // needs Chromium: runs in the profile external-programs
class ScreenshotsTest {

  private static final Path DATA = Path.of("..", "examples", "data");

  private static final Path PICTURES =
      Path.of(System.getProperty("screenshots", "target/screenshots"));

  @TempDir Path dir;

  static Stream<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    for (String set : List.of("nrw-clusters.jsonl", "showcase.json")) {
      for (String language : List.of("en", "de")) {
        for (String page : List.of("overview", "diff", "report")) {
          pages.add(Arguments.of(set, language, page));
        }
      }
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{2} of {0} in {1}")
  @MethodSource("pages")
  void thePageLooksRightAndIsKeptAsAPicture(String set, String language, String page)
      throws Exception {
    Path input = DATA.resolve(set);
    Path html = dir.resolve(page + ".html");
    Cli cli =
        switch (page) {
          case "overview" -> run(0, "summary", language, html, input.toString());
          case "diff" -> run(1, "diff", language, html, input.toString(), edited(input).toString());
          default -> run(-1, "validate", language, html, "--rules", "eccp", input.toString());
        };
    assertTrue(Files.size(html) > 1000, cli.toString());
    Chromium.Page shown = Chromium.open(html, "", dir);
    shown.looksRight();
    assertTrue(shown.dom().contains("<html lang=\"" + language + "\""), "the page's language");
    String name = page + "-" + (set.startsWith("nrw") ? "nrw" : "showcase") + "-" + language;
    Chromium.screenshot(html, shown, PICTURES.resolve(name + ".png"), dir);
  }

  /**
   * Runs {@code command} with {@code --output html}; {@code status} is the exit status expected, or
   * -1 for a validation, which finds what the data set holds.
   */
  private static Cli run(int status, String command, String language, Path html, String... rest) {
    List<String> args =
        new ArrayList<>(
            List.of(command, "--lang", language, "--output", "html", "--report", html.toString()));
    args.addAll(List.of(rest));
    Cli cli = Cli.run(args.toArray(String[]::new));
    if (status >= 0) {
      assertEquals(status, cli.status(), cli.toString());
    } else {
      assertTrue(cli.status() <= 1, cli.toString());
    }
    return cli;
  }

  /**
   * A copy of a data set as a steward edits it in a month: the first cluster with services has lost
   * its first, the last counts its SMEs, every list of services is in the other order, and one
   * cluster is new.
   */
  private Path edited(Path input) throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(input);
        var reader =
            SampleFiles.JSON.reader(
                in,
                input.toString().endsWith(".jsonl")
                    ? ProfileFormat.JSON_LINES
                    : ProfileFormat.JSON)) {
      reader.forEachRemaining(r -> profiles.add(r.requireProfile()));
    }
    List<ClusterProfile> edited = new ArrayList<>();
    boolean removed = false;
    for (ClusterProfile p : profiles) {
      List<eu.clusterdata.model.Service> services = new ArrayList<>(p.services());
      if (!removed && !services.isEmpty()) {
        services.remove(0);
        removed = true;
      }
      java.util.Collections.reverse(services);
      edited.add(p.withServices(services));
    }
    ClusterProfile last = edited.remove(edited.size() - 1);
    edited.add(
        last.toBuilder()
            .addMemberCount(
                MemberCount.builder(MemberType.SME, 85).asOf(LocalDate.of(2026, 10, 31)).build())
            .build());
    edited.add(SampleFiles.profiles(1).get(0));
    // a short relative path, as the page shows it
    String name = input.getFileName().toString().replaceFirst("\\..*", "") + "-edited.jsonl";
    return SampleFiles.jsonLines(
        Files.createDirectories(Path.of("target", "edited")), name, edited);
  }
}

package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.MemberCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data set at a glance: the counts are the data's, and an unreadable record is not hidden. */
class SummaryCommandTest {

  @TempDir Path dir;

  @Test
  void theCountsAreTheDatas() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(6);
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Cli cli = Cli.run("summary", "--output", "json", input.toString());
    assertEquals(0, cli.status(), cli.toString());
    JsonNode report = new ObjectMapper().readTree(cli.out());
    assertEquals(6, report.get("clusters").asInt());
    Map<String, Long> expected =
        profiles.stream()
            .flatMap(p -> p.services().stream())
            .collect(Collectors.groupingBy(s -> s.area().code(), Collectors.counting()));
    for (JsonNode row : report.get("services")) {
      assertEquals(
          expected.get(row.get("area").asText()).longValue(),
          row.get("services").asLong(),
          row.toString());
    }
    assertEquals(expected.size(), report.get("services").size());
    java.time.LocalDate today = java.time.LocalDate.now();
    long members =
        profiles.stream()
            .mapToLong(
                p ->
                    p.memberships().stream()
                        .filter(m -> m.period().contains(today))
                        .map(m -> m.actor())
                        .distinct()
                        .count())
            .sum();
    long counted = 0;
    for (JsonNode row : report.get("members")) {
      counted += row.get("members").asLong();
    }
    assertEquals(members, counted);
    long stated =
        profiles.stream()
            .flatMap(p -> MemberCount.current(p.memberCounts(), java.time.LocalDate.now()).stream())
            .mapToLong(MemberCount::count)
            .sum();
    assertTrue(stated > 0, "the generator gives some profiles member counts");
    long summed = 0;
    for (JsonNode row : report.get("memberCounts")) {
      summed += row.get("members").asLong();
    }
    assertEquals(stated, summed);
    assertTrue(report.get("regions").size() > 0);
    assertTrue(
        report.get("regions").get(0).get("name").asText().length() > 0,
        "regions carry their names");
  }

  /**
   * Current members are counted by member type, as member counts count (a company by its size);
   * text shows the catalogues' titles in the reader's language, JSON keeps the codes.
   */
  @Test
  void membersByTheOneTypologyAndTitlesForPeople() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(6);
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    java.time.LocalDate today = java.time.LocalDate.now();
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (ClusterProfile p : profiles) {
      Map<eu.clusterdata.model.value.Iri, eu.clusterdata.model.Actor> actors =
          new java.util.HashMap<>();
      p.actors().forEach(a -> actors.put(a.id(), a));
      p.memberships().stream()
          .filter(m -> m.period().contains(today))
          .map(m -> m.actor())
          .distinct()
          .map(actors::get)
          .map(
              a ->
                  eu.clusterdata.model.codes.MemberType.of(a.type(), a.companySize())
                      .map(eu.clusterdata.model.codes.MemberType::code)
                      .orElse(a.type().code()))
          .forEach(type -> expected.merge(type, 1L, Long::sum));
    }
    JsonNode report =
        new ObjectMapper().readTree(Cli.run("summary", "--output", "json", input.toString()).out());
    Map<String, Long> members = new java.util.TreeMap<>();
    report
        .get("members")
        .forEach(row -> members.put(row.get("type").asText(), row.get("members").asLong()));
    assertEquals(expected, members);
    assertTrue(
        profiles.stream().flatMap(p -> p.actors().stream()).anyMatch(a -> a.companySize() != null),
        "the generator sizes some companies");

    Cli german = Cli.run("summary", "--lang", "de", input.toString());
    Cli english = Cli.run("summary", input.toString());
    for (JsonNode row : report.get("services")) {
      var area =
          eu.clusterdata.model.codes.Coded.fromCode(
              eu.clusterdata.model.codes.ServiceArea.class, row.get("area").asText());
      assertTrue(german.out().contains(area.title().get("de").orElseThrow()), german.toString());
      assertTrue(english.out().contains(area.title().get("en").orElseThrow()), english.toString());
      assertTrue(!german.out().contains(area.code() + " "), "no code in the text: " + german);
    }
    // clusters by ecosystem, under the EU's English names, which the German text says once
    Map<String, Long> ecosystems = new java.util.TreeMap<>();
    for (ClusterProfile p : profiles) {
      var named = p.organisation().focus().ecosystems();
      if (named.isEmpty()) {
        ecosystems.merge("", 1L, Long::sum);
      }
      named.forEach(e -> ecosystems.merge(e.code(), 1L, Long::sum));
    }
    Map<String, Long> reported = new java.util.TreeMap<>();
    report
        .get("ecosystems")
        .forEach(
            row ->
                reported.put(
                    row.get("ecosystem").isNull() ? "" : row.get("ecosystem").asText(),
                    row.get("clusters").asLong()));
    assertEquals(ecosystems, reported);
    assertEquals(
        1,
        german.out().split("die Quellen nennen keine deutschen", -1).length - 1,
        german.toString());
  }

  @Test
  void theHtmlOverviewIsOneSelfContainedPageWithChartsAndEscapedNames() throws Exception {
    List<ClusterProfile> profiles = new java.util.ArrayList<>(SampleFiles.profiles(6));
    ClusterProfile first = profiles.get(0);
    profiles.set(
        0,
        first.withOrganisation(
            first.organisation().toBuilder().acronym("<script>alert(1)</script>").build()));
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path page = dir.resolve("overview.html");
    Cli cli = Cli.run("summary", "--output", "html", "--report", page.toString(), input.toString());
    assertEquals(0, cli.status(), cli.toString());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<h2>Clusters by region</h2>"), html);
    assertTrue(html.contains("<svg role=\"img\" aria-label=\"Clusters by region\""), html);
    assertTrue(html.contains("<h2>Impulses taken up, by cluster</h2>"), html);
    assertTrue(html.contains("<h2>Services: areas and the transformations they serve</h2>"), html);
    assertTrue(!html.contains("<script>alert(1)"), "names are escaped");
    assertTrue(!html.matches("(?s).*(src|href)=\"https?:.*"), "nothing is fetched");
    long withUptakes = profiles.stream().filter(p -> !p.impulseUptakes().isEmpty()).count();
    String matrix =
        html.substring(
            html.indexOf("<h2>Impulses taken up, by cluster</h2>"),
            html.indexOf("<h2>Labels and their validity</h2>"));
    assertEquals(
        withUptakes,
        matrix.lines().filter(l -> l.startsWith("<tr><th class=\"row\">")).count(),
        "one matrix row per cluster that takes up impulses");
    Cli german =
        Cli.run(
            "summary",
            "--lang",
            "de",
            "--output",
            "html",
            "--report",
            page.toString(),
            input.toString());
    assertEquals(0, german.status(), german.toString());
    assertTrue(Files.readString(page).contains("Überblick über den Datenbestand"));
  }

  @Test
  void aStoreIsSummedLikeAFile() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(4));
    String store = dir.resolve("store").toString();
    assertEquals(0, Cli.run("load", "--store", store, input.toString()).status());
    JsonNode fromFile =
        new ObjectMapper().readTree(Cli.run("summary", "--output", "json", input.toString()).out());
    Cli fromStore = Cli.run("summary", "--output", "json", "--store", store);
    assertEquals(0, fromStore.status(), fromStore.toString());
    assertEquals(fromFile, new ObjectMapper().readTree(fromStore.out()));
    Cli nothing = Cli.run("summary");
    assertEquals(2, nothing.status(), nothing.toString());
  }

  @Test
  void anUnreadableRecordIsCountedAndExitsOne() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(2));
    Files.writeString(input, Files.readString(input) + "{ broken\n");
    Cli cli = Cli.run("summary", input.toString());
    assertEquals(1, cli.status(), cli.toString());
    assertTrue(cli.out().startsWith("2 clusters, 1 record unreadable"), cli.toString());
    assertTrue(cli.err().contains("in.jsonl record 3 (line 3): cannot be read"), cli.toString());
    Cli german = Cli.run("summary", "--lang", "de", input.toString());
    assertTrue(german.out().startsWith("2 Cluster, 1 Datensatz nicht lesbar"), german.toString());
    assertTrue(german.out().contains("Angebote nach Bereich:"), german.toString());
  }
}

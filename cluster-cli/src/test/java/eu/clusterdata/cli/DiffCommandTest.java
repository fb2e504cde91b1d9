package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.value.Iri;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed between last month's export and this one, across formats. */
class DiffCommandTest {

  @TempDir Path dir;

  @Test
  void theSameProfilesInAnotherFormatAndOrderAreEqual() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(3);
    Path json = SampleFiles.jsonLines(dir, "old.jsonl", profiles);
    Path turtle = dir.resolve("new.ttl");
    assertEquals(0, Cli.run("convert", json.toString(), turtle.toString()).status());
    Cli diff = Cli.run("diff", json.toString(), turtle.toString());
    assertEquals(0, diff.status(), diff.toString());
    assertTrue(diff.out().contains("0 added, 0 removed, 0 changed, 3 unchanged"), diff.toString());
  }

  @Test
  void addedRemovedAndChangedFieldsAreListedByPath() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(3);
    Path old = SampleFiles.jsonLines(dir, "old.jsonl", profiles);
    List<ClusterProfile> next = new ArrayList<>(profiles.subList(1, 3));
    ClusterProfile changed = next.get(0);
    next.set(
        0,
        changed.withOrganisation(
            changed.organisation().toBuilder()
                .website(Iri.of("https://moved.example.org/"), "de", "en")
                .build()));
    next.add(SampleFiles.profiles(4).get(3));
    Path now = SampleFiles.jsonLines(dir, "new.jsonl", next);

    Cli text = Cli.run("diff", old.toString(), now.toString());
    assertEquals(1, text.status(), text.toString());
    assertTrue(
        text.out().contains("- " + profiles.get(0).organisation().id().value()), text.toString());
    assertTrue(text.out().contains("~ " + changed.organisation().id().value()), text.toString());
    assertTrue(
        text.out()
            .contains(
                "    organisation.website: "
                    + changed.organisation().website().value()
                    + " → https://moved.example.org/\n"),
        text.toString());
    assertTrue(text.out().contains("1 added, 1 removed, 1 changed, 1 unchanged"), text.toString());

    Path page = dir.resolve("diff.html");
    Cli html =
        Cli.run(
            "diff",
            "--output",
            "html",
            "--report",
            page.toString(),
            old.toString(),
            now.toString());
    assertEquals(1, html.status(), html.toString());
    String shown = java.nio.file.Files.readString(page);
    assertTrue(shown.contains("<h2 id=\"changed\">Changed (1)</h2>"), shown);
    assertTrue(
        shown.contains("<td title=\"$.organisation.website\">organisation.website</td>"), shown);
    assertTrue(
        shown.contains("<td class=\"new\">https://moved.example.org/</td>"), "no JSON: " + shown);

    Cli json = Cli.run("diff", "--output", "json", old.toString(), now.toString());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals(1, report.get("added").size());
    assertEquals(
        "$.organisation.website",
        report.get("changed").get(0).get("changes").get(0).get("path").asText());
  }

  /**
   * The acceptance test: the NRW set against a copy with one label added and one service
   * removed lists exactly those two changes, whatever the formats.
   */
  @Test
  void theNrwSetAgainstAnEditedCopyListsExactlyTheTwoChanges() throws Exception {
    Path nrw = Path.of("..", "examples", "data", "nrw-clusters.ttl");
    List<ClusterProfile> profiles = new ArrayList<>();
    try (var in =
            java.nio.file.Files.newInputStream(
                Path.of("..", "examples", "data", "nrw-clusters.jsonl"));
        var reader =
            SampleFiles.JSON.reader(in, eu.clusterdata.model.format.ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(r -> profiles.add(r.profile()));
    }
    List<ClusterProfile> edited = new ArrayList<>();
    for (ClusterProfile p : profiles) {
      String id = p.organisation().id().value();
      if (id.endsWith("/clib")) {
        p =
            p.withOrganisation(
                p.organisation().toBuilder()
                    .addLabel(
                        eu.clusterdata.model.Label.of(
                            eu.clusterdata.model.codes.LabelLevel.GOLD,
                            java.time.LocalDate.of(2026, 3, 2),
                            java.time.LocalDate.of(2028, 3, 31)))
                    .build());
      } else if (id.endsWith("/bio-nrw")) {
        p = p.withServices(p.services().subList(1, p.services().size()));
      }
      edited.add(p);
    }
    Path now = SampleFiles.jsonLines(dir, "edited.jsonl", edited);

    Cli json = Cli.run("diff", "--output", "json", nrw.toString(), now.toString());
    assertEquals(1, json.status(), json.toString());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals(0, report.get("added").size(), json.out());
    assertEquals(0, report.get("removed").size(), json.out());
    List<String> changes = new ArrayList<>();
    for (JsonNode cluster : report.get("changed")) {
      for (JsonNode change : cluster.get("changes")) {
        changes.add(cluster.get("id").asText() + " " + change.get("path").asText());
      }
    }
    assertEquals(
        List.of(
            "https://clusterdata.eu/data/nrw/bio-nrw $.services[0]",
            "https://clusterdata.eu/data/nrw/clib $.organisation.labels[0]"),
        changes,
        json.out());
  }

  /**
   * Issue 35's acceptance test: the NRW set against a copy with a service removed, a member count
   * added, one cluster added and one list reordered reports exactly those changes, in words, and
   * the reordered list as no change.
   */
  @Test
  void aStewardReadsTheChangesInWordsAndAReorderedListIsNoChange() throws Exception {
    Path nrw = Path.of("..", "examples", "data", "nrw-clusters.jsonl");
    List<ClusterProfile> profiles = new ArrayList<>();
    try (var in = java.nio.file.Files.newInputStream(nrw);
        var reader =
            SampleFiles.JSON.reader(in, eu.clusterdata.model.format.ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(r -> profiles.add(r.requireProfile()));
    }
    ClusterProfile bio = null;
    List<ClusterProfile> edited = new ArrayList<>();
    for (ClusterProfile p : profiles) {
      String id = p.organisation().id().value();
      if (id.endsWith("/bio-nrw")) {
        bio = p;
        p = p.withServices(p.services().subList(1, p.services().size()));
      } else if (id.endsWith("/clib")) {
        p =
            p.toBuilder()
                .addMemberCount(
                    eu.clusterdata.model.MemberCount.builder(
                            eu.clusterdata.model.codes.MemberType.SME, 85)
                        .asOf(java.time.LocalDate.of(2026, 10, 31))
                        .build())
                .build();
      } else if (p.services().size() > 1) {
        List<eu.clusterdata.model.Service> reversed = new ArrayList<>(p.services());
        java.util.Collections.reverse(reversed);
        p = p.withServices(reversed);
      }
      edited.add(p);
    }
    edited.add(SampleFiles.profiles(1).get(0));
    Path now = SampleFiles.jsonLines(dir, "edited.jsonl", edited);

    Cli text = Cli.run("diff", nrw.toString(), now.toString());
    assertEquals(1, text.status(), text.toString());
    String removedService = bio.services().get(0).name().best(List.of("en", "de")).orElseThrow();
    assertEquals(
        List.of(
            "+ "
                + SampleFiles.profiles(1).get(0).organisation().id().value()
                + " ("
                + SampleFiles.profiles(1)
                    .get(0)
                    .organisation()
                    .name()
                    .best(List.of("en", "de"))
                    .orElseThrow()
                + "): added",
            "~ https://clusterdata.eu/data/nrw/bio-nrw (BIO.NRW):",
            "    Service »" + removedService + "« removed",
            "~ https://clusterdata.eu/data/nrw/clib (CLIB – Cluster industrielle Biotechnologie):",
            "    Member count »Small or medium-sized enterprise (SME)« added: 85 (as of 2026-10-31)",
            (profiles.size() - 2) + " unchanged"),
        text.out()
            .lines()
            .map(l -> l.replaceAll("^\\d+ added, \\d+ removed, \\d+ changed, ", ""))
            .toList(),
        text.toString());
  }
}

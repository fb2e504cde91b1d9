package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  private Path mixed() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(2));
    profiles.add(SampleFiles.invalid());
    Path file = SampleFiles.jsonLines(dir, "mixed.jsonl", profiles);
    // A fourth record that is not JSON at all, on line 4.
    Files.writeString(file, Files.readString(file) + "{\"formatVersion\": \n");
    return file;
  }

  @Test
  void aCleanFileConformsAndExitsZero() throws Exception {
    Path file = SampleFiles.jsonLines(dir, "clean.jsonl", SampleFiles.profiles(3));
    Cli cli = Cli.run("validate", file.toString());
    assertEquals(0, cli.status(), cli.toString());
    assertTrue(cli.out().contains("3 profiles checked (rules: core): 0 errors"), cli.toString());
    assertTrue(cli.out().contains("Everything conforms."), cli.toString());
  }

  @Test
  void findingsAreGroupedByRecordAndRuleWithTheirPaths() throws Exception {
    Cli cli = Cli.run("validate", mixed().toString());
    assertEquals(1, cli.status(), cli.toString());
    String out = cli.out();
    assertTrue(
        out.contains("mixed.jsonl record 3 (line 3): https://example.org/test/invalid"), out);
    assertTrue(out.contains("  ERROR core.reference\n    memberships[0].actor: "), out);
    assertTrue(out.contains("mixed.jsonl record 4 (line 4): cannot be read: "), out);
    assertTrue(out.contains("3 profiles checked (rules: core): 1 error,"), out);
    assertTrue(out.contains("1 unreadable"), out);
    assertTrue(out.contains("Does not conform."), out);
  }

  @Test
  void messagesInGerman() throws Exception {
    Cli cli = Cli.run("validate", "--lang", "de", mixed().toString());
    assertEquals(1, cli.status());
    assertTrue(cli.out().contains("Nicht konform."), cli.toString());
    assertTrue(cli.out().contains("nicht lesbar"), cli.toString());
    assertTrue(
        cli.out()
            .contains("mixed.jsonl Datensatz 4 (Zeile 4): nicht lesbar: kein wohlgeformtes JSON:"),
        cli.toString());
    assertTrue(cli.out().contains("bei $.formatVersion (Zeile 4, Spalte 19)"), cli.toString());
    assertTrue(cli.out().contains("3 Profile geprüft (Regeln: core)"), cli.toString());
  }

  @Test
  void aJsonReportForMachines() throws Exception {
    Cli cli = Cli.run("validate", "--rules", "eccp", "--output", "json", mixed().toString());
    assertEquals(1, cli.status(), cli.toString());
    JsonNode report = new ObjectMapper().readTree(cli.out());
    assertFalse(report.get("conforms").asBoolean());
    assertEquals("core", report.get("ruleSets").get(0).asText());
    assertEquals("eccp", report.get("ruleSets").get(1).asText());
    assertEquals(3, report.get("counts").get("profiles").asInt());
    assertEquals(1, report.get("counts").get("unreadable").asInt());
    JsonNode invalid = report.get("records").get(2);
    assertEquals("https://example.org/test/invalid", invalid.get("id").asText());
    assertEquals(3, invalid.get("line").asInt());
    boolean reference = false;
    for (JsonNode finding : invalid.get("findings")) {
      reference |=
          finding.get("rule").asText().equals("core.reference")
              && finding.get("path").asText().equals("memberships[0].actor")
              && finding.get("severity").asText().equals("error");
    }
    assertTrue(reference, invalid.toString());
    JsonNode unreadable = report.get("records").get(3);
    assertEquals(4, unreadable.get("record").asInt());
    JsonNode problem = unreadable.get("problems").get(0);
    assertEquals("json.syntax", problem.get("code").asText());
    assertEquals("$.formatVersion", problem.get("path").asText());
    assertEquals(4, problem.get("line").asInt());
    assertEquals(19, problem.get("column").asInt());
    assertTrue(
        problem.get("message").asText().startsWith("not well-formed JSON: the input ends before"),
        problem.toString());
  }

  @Test
  void everyRdfSyntaxIsReadAndStdinIsToldByItsContent() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(2);
    for (ProfileFormat syntax : ProfileFormat.values()) {
      if (!syntax.isRdf()) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ClusterRdf.create().write(profiles, out, syntax);
      Path file = Files.write(dir.resolve("profiles." + syntax.shortName()), out.toByteArray());
      Cli byName = Cli.run("validate", file.toString());
      assertEquals(0, byName.status(), syntax + " " + byName);
      assertTrue(byName.out().contains("2 profiles checked"), syntax + " " + byName);
      if (syntax != ProfileFormat.N_TRIPLES) { // N-Triples is read as Turtle, its superset
        Cli byContent = Cli.runWithInput(out.toString(StandardCharsets.UTF_8), "validate", "-");
        assertEquals(0, byContent.status(), syntax + " " + byContent);
        assertTrue(byContent.out().contains("2 profiles checked"), syntax + " " + byContent);
      }
    }
  }

  @Test
  void unreadableInputsExitTwoAndSayWhere() throws Exception {
    Cli missing = Cli.run("validate", dir.resolve("missing.json").toString());
    assertEquals(2, missing.status(), missing.toString());
    assertTrue(
        missing.out().contains("missing.json: cannot be read: no such file"), missing.toString());
    Cli german = Cli.run("validate", "--lang", "de", dir.resolve("missing.json").toString());
    assertTrue(
        german.out().contains("missing.json: nicht lesbar: keine solche Datei"), german.toString());

    Path broken =
        Files.writeString(
            dir.resolve("broken.ttl"),
            "@prefix cd: <https://clusterdata.eu/ns#> .\n<a> cd:x \"unterminated .\n");
    Cli syntax = Cli.run("validate", broken.toString());
    assertEquals(2, syntax.status(), syntax.toString());
    assertTrue(syntax.out().contains("broken.ttl: cannot be read: "), syntax.toString());
    assertTrue(syntax.out().contains("line 3, column 1"), syntax.toString());
    assertTrue(
        syntax.out().contains("ERROR    rdf.syntax                               1"),
        syntax.toString());

    Path unknown = Files.writeString(dir.resolve("notes.txt"), "hello");
    Cli format = Cli.run("validate", unknown.toString());
    assertEquals(2, format.status(), format.toString());
    assertTrue(format.out().contains("or give the format, one of json,"), format.toString());
  }

  @Test
  void wrongCommandsExitTwo() {
    Cli rules = Cli.run("validate", "--rules", "nope", "x.json");
    assertEquals(2, rules.status(), rules.toString());
    assertTrue(rules.err().contains("unknown rule set nope"), rules.toString());
    Cli option = Cli.run("validate", "--no-such-option", "x.json");
    assertEquals(2, option.status(), option.toString());
    assertTrue(option.err().contains("Unknown option"), option.toString());
    Cli none = Cli.run("validate");
    assertEquals(2, none.status(), none.toString());
  }

  @Test
  void anHtmlReportIsWrittenWholeToAFile() throws Exception {
    Path report = dir.resolve("out/report.html");
    Cli cli =
        Cli.run("validate", "--output", "html", "--report", report.toString(), mixed().toString());
    assertEquals(1, cli.status(), cli.toString());
    String html = Files.readString(report);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<td id=\"count-profiles\">3</td>"), html);
    assertTrue(html.contains("data-rule=\"core.reference\""), html);
    // A profile by its name, for people; its identifier on hover.
    ClusterProfile invalid = SampleFiles.invalid();
    String name = invalid.organisation().name().best(List.of("en", "de")).orElseThrow();
    assertTrue(
        html.contains("title=\"https://example.org/test/invalid\">" + HtmlReport.escape(name)),
        html);
    assertFalse(html.contains("<script src") || html.contains("<link"), "self-contained");
    try (var files = Files.list(report.getParent())) {
      assertEquals(List.of(report), files.toList(), "no temporary file left behind");
    }
  }
}

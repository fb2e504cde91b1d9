package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.tabular.ClusterTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 33: a content that contradicts the format its name declares is one clear error that names
 * what the content is and what to do, before any record; an undeclared format is told by the
 * content.
 */
class FormatDetectionTest {

  private static final List<ClusterProfile> PROFILES =
      ProfileGenerator.seeded(31).stream(3).toList();

  private static byte[] json(boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer =
        ClusterJson.builder().prettyPrint(pretty).build().writer(out, ProfileFormat.JSON)) {
      PROFILES.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private static byte[] lines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = ClusterJson.create().writer(out, ProfileFormat.JSON_LINES)) {
      PROFILES.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private static byte[] workbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterTables.create().write(PROFILES, out, ProfileFormat.XLSX);
    return out.toByteArray();
  }

  private static byte[] turtle() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterRdf.create().write(PROFILES, out, ProfileFormat.TURTLE);
    return out.toByteArray();
  }

  private static UnreadableInputException refused(byte[] content, String name) {
    return assertThrows(
        UnreadableInputException.class,
        () -> ProfileSource.builder().input(new ByteArrayInputStream(content), name).build());
  }

  private static List<ProfileRecord> read(byte[] content, String name) throws Exception {
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileSource source =
        ProfileSource.builder().input(new ByteArrayInputStream(content), name).build()) {
      source.forEachRemaining(records::add);
    }
    return records;
  }

  @Test
  void aJsonArrayNamedJsonLinesSaysWhatItIsAndWhatToDo() {
    UnreadableInputException e = refused(json(true), "export.jsonl");
    assertEquals("read.format", e.code());
    assertEquals(
        "export.jsonl: the content is a JSON array, not JSON Lines; name the file .json or give"
            + " the format json",
        e.getMessage());
    assertEquals(
        "export.jsonl: der Inhalt ist ein JSON-Array, nicht JSON Lines; benennen Sie die Datei"
            + " .json oder geben Sie das Format json an",
        e.message(Locale.GERMAN));
    assertEquals("read.format", refused(json(false), "export.jsonl").code());
  }

  @Test
  void jsonLinesNamedJsonSaysSo() {
    assertEquals(
        "export.json: the content is JSON Lines (one document per line), not JSON; name the file"
            + " .jsonl or give the format jsonl",
        refused(lines(), "export.json").getMessage());
  }

  @Test
  void aWorkbookNamedCsvOrTurtleSaysItIsAWorkbook() throws Exception {
    assertEquals(
        "export.csv: the content is an Excel workbook, not CSV; name the file .xlsx or give the"
            + " format xlsx",
        refused(workbook(), "export.csv").getMessage());
    assertEquals(
        "export.ttl: the content is an Excel workbook, not Turtle; name the file .xlsx or give"
            + " the format xlsx",
        refused(workbook(), "export.ttl").getMessage());
  }

  @Test
  void jsonNamedTurtleAndTurtleNamedJsonSaySo() {
    assertEquals(
        "export.ttl: the content is a JSON array, not Turtle; name the file .json or give the"
            + " format json",
        refused(json(true), "export.ttl").getMessage());
    assertEquals(
        "export.json: the content is Turtle, N-Triples, TriG or N-Quads, not JSON; name the file"
            + " .ttl or give the format ttl",
        refused(turtle(), "export.json").getMessage());
  }

  /** One CSV file is the clusters sheet; a workbook or JSON named .csv says what it is. */
  @Test
  void aSingleCsvFileIsTheClustersSheet() throws Exception {
    List<ProfileRecord> records =
        read(
            ("organisation.id,organisation.name@de,organisation.location.country,"
                    + "metadata.created,metadata.lastModified,metadata.languages\n"
                    + "https://example.org/c,Cluster C,DE,2026-01-01T00:00:00Z,"
                    + "2026-01-01T00:00:00Z,de\n")
                .getBytes(StandardCharsets.UTF_8),
            "clusters.csv");
    assertEquals(1, records.size(), records.toString());
    assertTrue(records.get(0).isRead(), records.toString());
    assertEquals(
        "clusters.csv: the content is an Excel workbook, not CSV; name the file .xlsx or give"
            + " the format xlsx",
        refused(workbook(), "clusters.csv").getMessage());
  }

  @Test
  void whatTheNameDoesNotTellTheContentDoes() throws Exception {
    for (byte[] content : List.of(json(true), lines(), turtle(), workbook())) {
      List<ProfileRecord> records = read(content, null);
      assertEquals(PROFILES.size(), records.size());
      assertEquals(
          PROFILES.stream().map(p -> p.organisation().id()).sorted().toList(),
          records.stream().map(r -> r.profile().organisation().id()).sorted().toList());
    }
  }

  @Test
  void aBrokenFirstLineOfJsonLinesIsTheRecordsProblemNotTheFormats() throws Exception {
    byte[] content =
        ("{\"formatVersion\":\"1.1\",\n" + new String(lines(), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    List<ProfileRecord> records = read(content, "export.jsonl");
    assertEquals(4, records.size());
    assertEquals("json.syntax", records.get(0).error().code());
    assertEquals(1, records.get(0).location().line());
  }

  @Test
  void anInputThatHoldsNothingIsOneRecordOfTheWholeInput() throws Exception {
    for (String empty : List.of("", "\n\n", "[]")) {
      List<ProfileRecord> records =
          read(empty.getBytes(StandardCharsets.UTF_8), empty.equals("[]") ? "a.json" : "a.jsonl");
      assertEquals(1, records.size(), empty);
      assertEquals(ProfileSource.EMPTY, records.get(0).error().code());
      assertEquals(
          "a" + (empty.equals("[]") ? ".json" : ".jsonl"), records.get(0).location().source());
    }
  }

  @Test
  void anInputWithMoreRecordsThanTakenEndsInOneRecordThatSaysSo() throws Exception {
    List<ClusterProfile> five = ProfileGenerator.seeded(5).stream(5).toList();
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (var writer = ClusterJson.create().writer(lines, ProfileFormat.JSON_LINES)) {
      five.forEach(writer::write);
    }
    for (int max : new int[] {3, 5}) {
      List<ProfileRecord> records = new ArrayList<>();
      try (ProfileSource source =
          ProfileSource.builder()
              .input(new ByteArrayInputStream(lines.toByteArray()), "five.jsonl")
              .maxRecords(max)
              .build()) {
        source.forEachRemaining(records::add);
      }
      if (max == 5) {
        assertEquals(5, records.size(), "exactly as many as taken: all read");
        assertTrue(records.stream().allMatch(ProfileRecord::isSound));
        continue;
      }
      assertEquals(4, records.size(), "three read, then the input refused");
      ProfileRecord last = records.get(3);
      assertEquals(ProfileSource.TOO_MANY, last.error().code());
      assertTrue(last.location().isWholeInput());
      assertTrue(last.problems().get(0).text(Locale.ENGLISH).contains("more than 3 records"));
    }
  }
}

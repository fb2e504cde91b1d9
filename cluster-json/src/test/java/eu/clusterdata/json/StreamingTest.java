package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingTest {

  private static final ClusterJson JSON = ClusterJson.create();

  private static byte[] write(List<ClusterProfile> profiles, CollectionFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileWriter writer = JSON.writer(out, format)) {
      profiles.forEach(writer::write);
      assertEquals(profiles.size(), writer.count());
    }
    return out.toByteArray();
  }

  private static List<ProfileRecord> read(byte[] bytes, CollectionFormat format) {
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileReader reader = JSON.reader(new ByteArrayInputStream(bytes), format, true)) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  @ParameterizedTest
  @EnumSource(CollectionFormat.class)
  void collectionsRoundTrip(CollectionFormat format) {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(7).stream(25).toList();
    List<ProfileRecord> records = read(write(profiles, format), format);
    assertEquals(profiles, records.stream().map(ProfileRecord::profile).toList());
    assertEquals(24, records.get(24).index());
    assertTrue(records.stream().allMatch(r -> r.report() != null && r.report().conforms()));
  }

  @ParameterizedTest
  @EnumSource(CollectionFormat.class)
  void emptyCollections(CollectionFormat format) {
    byte[] bytes = write(List.of(), format);
    assertEquals(
        format == CollectionFormat.JSON_ARRAY ? "[]" : "",
        new String(bytes, StandardCharsets.UTF_8));
    assertEquals(List.of(), read(bytes, format));
  }

  @Test
  void jsonLinesHasOneDocumentPerLine() {
    String text =
        new String(
            write(ProfileGenerator.seeded(1).stream(3).toList(), CollectionFormat.JSON_LINES),
            StandardCharsets.UTF_8);
    assertEquals(3, text.lines().count());
    assertTrue(text.endsWith("}\n"));
    assertTrue(text.lines().allMatch(l -> l.startsWith("{\"formatVersion\":\"1.1\",")));
  }

  @Test
  void badRecordsInJsonLinesAreReportedAndGoodOnesKept() {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(2).stream(4).toList();
    List<String> lines =
        new ArrayList<>(
            new String(write(profiles, CollectionFormat.JSON_LINES), StandardCharsets.UTF_8)
                .lines()
                .toList());
    lines.add(1, "{\"formatVersion\": \"1.0\", \"organisation\": "); // broken JSON
    lines.add(3, ""); // blank, skipped
    lines.add(4, lines.get(0).replace("\"type\":\"company\"", "\"type\":\"firm\"")); // wrong shape
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    List<ProfileRecord> records = read(bytes, CollectionFormat.JSON_LINES);
    assertEquals(6, records.size());
    assertEquals(
        profiles,
        records.stream().filter(ProfileRecord::isRead).map(ProfileRecord::profile).toList());
    assertInstanceOf(JsonSyntaxException.class, records.get(1).error());
    assertEquals(2, records.get(1).line());
    assertInstanceOf(JsonShapeException.class, records.get(3).error());
    assertEquals(3, records.get(3).index());
    assertEquals(5, records.get(3).line());
  }

  @Test
  void aBadRecordInAnArrayDoesNotStopTheGoodOnes() {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(3).stream(3).toList();
    String text = new String(write(profiles, CollectionFormat.JSON_ARRAY), StandardCharsets.UTF_8);
    String second = JSON.writeProfile(profiles.get(1));
    String broken =
        text.replace(
            second, second.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"9.9\""));
    List<ProfileRecord> records =
        read(broken.getBytes(StandardCharsets.UTF_8), CollectionFormat.JSON_ARRAY);
    assertEquals(3, records.size());
    assertEquals(profiles.get(0), records.get(0).profile());
    assertInstanceOf(UnsupportedFormatVersionException.class, records.get(1).error());
    assertEquals(profiles.get(2), records.get(2).profile());
  }

  @Test
  void brokenJsonEndsAnArrayWithAnError() {
    List<ProfileRecord> records =
        read(
            "[{\"formatVersion\":\"1.0\",}".getBytes(StandardCharsets.UTF_8),
            CollectionFormat.JSON_ARRAY);
    assertEquals(1, records.size());
    assertInstanceOf(JsonSyntaxException.class, records.get(0).error());
  }

  @Test
  void notAnArray() {
    List<ProfileRecord> records =
        read("{}".getBytes(StandardCharsets.UTF_8), CollectionFormat.JSON_ARRAY);
    assertEquals(
        "expected a JSON array of profile documents but found an object (line 1, column 1)",
        records.get(0).error().getMessage());
  }

  @Test
  void validatingReaderGivesJsonPaths() {
    ClusterProfile generated = ProfileGenerator.seeded(4).next();
    // Without citations, so that the first membership is one JSON object without nested ones.
    ClusterProfile profile =
        generated.withMemberships(
            generated.memberships().stream()
                .map(m -> new Membership(m.actor(), m.role(), m.period()))
                .toList());
    String line =
        JSON.writeProfile(profile)
            .replaceFirst(
                "\\{\"actor\":\"([^\"]+)\",\"role\":\"[a-z-]+\"(,\"period\":\\{[^}]*\\})?\\}",
                "{\"actor\":\"$1\",\"role\":\"member\",\"period\":{\"start\":\"2020-02-02\",\"end\":\"2020-01-01\"}}");
    assertTrue(line.contains("\"end\":\"2020-01-01\""), line);
    List<ProfileRecord> records =
        read((line + "\n").getBytes(StandardCharsets.UTF_8), CollectionFormat.JSON_LINES);
    var finding = records.get(0).report().findings(Rule.CORE_PERIOD).get(0);
    assertEquals("$.memberships[0].period", finding.path());
  }
}

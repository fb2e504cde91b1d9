package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
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

  private static byte[] write(List<ClusterProfile> profiles, ProfileFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileWriter writer = JSON.writer(out, format)) {
      profiles.forEach(writer::write);
      assertEquals(profiles.size(), writer.count());
    }
    return out.toByteArray();
  }

  private static List<ProfileRecord> read(byte[] bytes, ProfileFormat format) {
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileReader reader = JSON.reader(new ByteArrayInputStream(bytes), format)) {
      reader.forEachRemaining(records::add);
    }
    return records;
  }

  @ParameterizedTest
  @EnumSource(
      value = ProfileFormat.class,
      names = {"JSON", "JSON_LINES"})
  void collectionsRoundTrip(ProfileFormat format) {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(7).stream(25).toList();
    List<ProfileRecord> records = read(write(profiles, format), format);
    assertEquals(profiles, records.stream().map(ProfileRecord::profile).toList());
    assertEquals(25, records.get(24).location().number());
  }

  @ParameterizedTest
  @EnumSource(
      value = ProfileFormat.class,
      names = {"JSON", "JSON_LINES"})
  void emptyCollections(ProfileFormat format) {
    byte[] bytes = write(List.of(), format);
    assertEquals(
        format == ProfileFormat.JSON ? "[]" : "", new String(bytes, StandardCharsets.UTF_8));
    assertEquals(List.of(), read(bytes, format));
  }

  @Test
  void jsonLinesHasOneDocumentPerLine() {
    String text =
        new String(
            write(ProfileGenerator.seeded(1).stream(3).toList(), ProfileFormat.JSON_LINES),
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
            new String(write(profiles, ProfileFormat.JSON_LINES), StandardCharsets.UTF_8)
                .lines()
                .toList());
    lines.add(1, "{\"formatVersion\": \"1.0\", \"organisation\": "); // broken JSON
    lines.add(3, ""); // blank, skipped
    lines.add(4, lines.get(0).replace("\"type\":\"company\"", "\"type\":\"firm\"")); // wrong shape
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    List<ProfileRecord> records = read(bytes, ProfileFormat.JSON_LINES);
    assertEquals(6, records.size());
    assertEquals(
        profiles,
        records.stream().filter(ProfileRecord::isRead).map(ProfileRecord::profile).toList());
    assertInstanceOf(JsonSyntaxException.class, records.get(1).error());
    assertEquals(2, records.get(1).location().line());
    assertInstanceOf(JsonShapeException.class, records.get(3).error());
    assertEquals(4, records.get(3).location().number());
    assertEquals(5, records.get(3).location().line());
  }

  @Test
  void aBadRecordInAnArrayDoesNotStopTheGoodOnes() {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(3).stream(3).toList();
    String text = new String(write(profiles, ProfileFormat.JSON), StandardCharsets.UTF_8);
    String second = JSON.writeProfile(profiles.get(1));
    String broken =
        text.replace(
            second, second.replace("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"9.9\""));
    List<ProfileRecord> records = read(broken.getBytes(StandardCharsets.UTF_8), ProfileFormat.JSON);
    assertEquals(3, records.size());
    assertEquals(profiles.get(0), records.get(0).profile());
    assertInstanceOf(UnsupportedFormatVersionException.class, records.get(1).error());
    assertEquals(profiles.get(2), records.get(2).profile());
  }

  @Test
  void brokenJsonEndsAnArrayWithAnErrorOfTheWholeInput() {
    List<ProfileRecord> records =
        read("[{\"formatVersion\":\"1.0\",}".getBytes(StandardCharsets.UTF_8), ProfileFormat.JSON);
    assertEquals(1, records.size());
    assertInstanceOf(JsonSyntaxException.class, records.get(0).error());
    assertTrue(records.get(0).location().isWholeInput());
  }

  @Test
  void oneDocumentIsOneRecord() {
    ClusterProfile profile = ProfileGenerator.seeded(5).next();
    List<ProfileRecord> records =
        read(JSON.writeProfile(profile).getBytes(StandardCharsets.UTF_8), ProfileFormat.JSON);
    assertEquals(List.of(profile), records.stream().map(ProfileRecord::profile).toList());
    assertEquals(1, records.get(0).location().number());
  }

  @Test
  void neitherADocumentNorAnArray() {
    List<ProfileRecord> records = read("42".getBytes(StandardCharsets.UTF_8), ProfileFormat.JSON);
    assertEquals(
        "expected a profile document or a JSON array of them but found the number 42 (line 1,"
            + " column 1)",
        records.get(0).error().getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsOneProblemOfTheWholeInput() {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(6).stream(3).toList();
    byte[] utf8 = write(profiles, ProfileFormat.JSON_LINES);
    byte[] latin1 = new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
    List<ProfileRecord> records = read(latin1, ProfileFormat.JSON_LINES);
    assertEquals(1, records.size(), () -> records.toString());
    assertTrue(records.get(0).location().isWholeInput());
    assertEquals("json.encoding", records.get(0).error().code());
    assertTrue(
        records.get(0).error().getMessage().startsWith("the input is not UTF-8: it holds bytes"),
        records.get(0).error().getMessage());
  }
}

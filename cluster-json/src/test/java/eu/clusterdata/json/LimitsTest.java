package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.TestProfiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile input ends in a limit error naming the limit, never in exhaustion. */
class LimitsTest {

  private static final ClusterJson JSON = ClusterJson.create();

  private static String withOrganisationField(String field) {
    return JSON.writeProfile(TestProfiles.valid())
        .replace("\"acronym\":\"TCD\"", "\"acronym\":\"TCD\"," + field);
  }

  @Test
  void deepNestingInAnExtension() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonLimitExceededException e =
        assertThrows(
            JsonLimitExceededException.class,
            () -> JSON.readProfile(withOrganisationField("\"urn:x:deep\":" + deep)));
    assertTrue(
        e.getMessage()
            .startsWith(
                "the nesting depth exceeds the limit of 100; raise it with the option"
                    + " --limit nesting-depth=N at"
                    + " $.organisation['urn:x:deep'][0]"),
        e.getMessage());
  }

  @Test
  void hugeString() {
    String huge = "x".repeat(100_000_000); // 100 MB, in a profile allowed to be 200 MB
    ClusterJson roomy =
        ClusterJson.builder()
            .limits(new JsonLimits(200L << 20, 100, 1_000_000, 100, 1_000))
            .build();
    JsonLimitExceededException e =
        assertThrows(
            JsonLimitExceededException.class,
            () -> roomy.readProfile(withOrganisationField("\"urn:x:huge\":\"" + huge + "\"")));
    assertEquals(
        "the length of the text exceeds the limit of 1000000; raise it with the"
            + " option --limit string-length=N at"
            + " $.organisation['urn:x:huge']",
        e.getMessage().replaceAll(" \\(line .*\\)$", ""));
    assertEquals("$.organisation['urn:x:huge']", e.problems().get(0).path());
    assertEquals(
        "die Länge des Textes überschreitet die Grenze von 1000000; heben"
            + " Sie sie mit der Option --limit string-length=N an",
        e.problems().get(0).message().text(java.util.Locale.GERMAN));
  }

  @Test
  void aShortNumberWithAHugeExponentIsRefusedLikeALongOne() {
    for (String number :
        new String[] {
          "1e400", "1e1000000000", "1e-400", "1e3333333333333333333333", "-1E-99999999999"
        }) {
      String json = withOrganisationField("\"urn:x:n\":" + number);
      JsonLimitExceededException e =
          assertThrows(JsonLimitExceededException.class, () -> JSON.readProfile(json));
      assertTrue(e.getMessage().contains("--limit number-length=N"), e.getMessage());
    }
  }

  @Test
  void numberWithTenThousandDigits() {
    String digits = "9".repeat(10_000);
    JsonLimitExceededException e =
        assertThrows(
            JsonLimitExceededException.class,
            () -> JSON.readProfile(withOrganisationField("\"urn:x:n\":" + digits)));
    assertTrue(
        e.getMessage().startsWith("the length of the number exceeds the limit of 100"),
        e.getMessage());
  }

  @Test
  void aStringOverTheProfileSizeIsRefusedBeforeItIsParsed() {
    String huge = "x".repeat(70_000_000); // over the default 64 MiB
    JsonLimitExceededException e =
        assertThrows(
            JsonLimitExceededException.class,
            () -> JSON.readProfile(withOrganisationField("\"urn:x:huge\":\"" + huge + "\"")));
    assertTrue(
        e.getMessage().startsWith("the size of the profile in bytes exceeds"), e.getMessage());
  }

  @Test
  void documentSizeLimit() {
    ClusterJson small =
        ClusterJson.builder().limits(new JsonLimits(1_000, 100, 1_000_000, 100, 1_000)).build();
    JsonLimitExceededException e =
        assertThrows(
            JsonLimitExceededException.class,
            () -> small.readProfile(JSON.writeProfile(TestProfiles.valid())));
    assertTrue(
        e.getMessage()
            .startsWith(
                "the size of the profile in bytes exceeds the limit of 1000; raise it"
                    + " with the option --limit profile-bytes=N"),
        e.getMessage());
  }

  @Test
  void anOverlongLineIsRefusedWithoutStoppingTheStream() {
    ClusterJson small =
        ClusterJson.builder().limits(new JsonLimits(5_000, 100, 1_000_000, 100, 1_000)).build();
    String good = JSON.writeProfile(TestProfiles.valid().toBuilder().build());
    String tooLong = withOrganisationField("\"urn:x:pad\":\"" + "p".repeat(6_000) + "\"");
    String input =
        tooLong + "\n" + good.substring(0, Math.min(good.length(), good.length())) + "\n";
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileReader reader =
        small.reader(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(records::add);
    }
    assertEquals(2, records.size());
    assertEquals(
        "the size of the profile in bytes exceeds the limit of 5000; raise it with the option"
            + " --limit profile-bytes=N (line 1, column 1)",
        records.get(0).error().getMessage());
    assertEquals(good.length() <= 5_000, records.get(1).isRead());
  }
}

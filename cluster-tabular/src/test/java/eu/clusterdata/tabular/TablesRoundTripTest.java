package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles written as tables and read back are the same profiles, in every table form; the
 * generator gives every component of the model a value (GeneratorCoverageTest), so every field
 * makes the trip. A failure names its seed.
 */
class TablesRoundTripTest {

  private static final ClusterTables TABLES = ClusterTables.create();

  @TempDir Path dir;

  static LongStream seeds() {
    return LongStream.range(0, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void workbookAndArchiveGiveBackTheProfiles(long seed) throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(seed).stream(8).toList();
    for (ProfileFormat format : List.of(ProfileFormat.XLSX, ProfileFormat.CSV_ZIP)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TABLES.write(profiles, out, format);
      List<ProfileRecord> records =
          TABLES.read(new ByteArrayInputStream(out.toByteArray()), format);
      assertEquals(profiles, profilesOf(records, seed), "seed " + seed + " as " + format);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void filesAndFoldersGiveBackTheProfiles(long seed) throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(seed).stream(3).toList();
    for (String name : List.of("export.xlsx", "export.zip", "export")) {
      Path target = dir.resolve(seed + "-" + name);
      TABLES.write(profiles, target);
      assertEquals(profiles, profilesOf(TABLES.read(target), seed), "seed " + seed + ", " + name);
    }
  }

  /**
   * Titles for people, in either language, read back as the field paths do: every field of the
   * model passes through a column titled in English or German.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void titledTablesGiveBackTheProfiles(long seed) throws IOException {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(seed).stream(4).toList();
    for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.GERMAN)) {
      ClusterTables titled = ClusterTables.builder().titles(language).build();
      for (ProfileFormat format : List.of(ProfileFormat.XLSX, ProfileFormat.CSV_ZIP)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        titled.write(profiles, out, format);
        List<ProfileRecord> records =
            TABLES.read(new ByteArrayInputStream(out.toByteArray()), format);
        assertEquals(
            profiles, profilesOf(records, seed), "seed " + seed + " as " + format + " " + language);
      }
    }
  }

  private static List<ClusterProfile> profilesOf(List<ProfileRecord> records, long seed) {
    for (ProfileRecord record : records) {
      assertTrue(record.isRead(), () -> "seed " + seed + ": " + record.error().problems());
    }
    return records.stream().map(ProfileRecord::profile).toList();
  }
}

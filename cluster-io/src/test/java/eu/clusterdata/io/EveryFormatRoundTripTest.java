package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.FirstDifference;
import eu.clusterdata.model.testing.HostileValues;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.IntegrityPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 33: whatever any writer writes, the matching reader reads back equal, in every format:
 * generated profiles with hostile values (quotes, line ends, markup, other planes, control
 * characters, language tags and addresses of every shape, extensions of every JSON shape), written
 * through {@link ProfileSink} without the rules, read through {@link ProfileSource}. A profile a
 * writer refuses must be refused for what its format cannot carry, never by a third party's
 * exception. Each seed's failure names the seed.
 */
class EveryFormatRoundTripTest {

  private static final int PROFILES_PER_SEED = 4;

  /** The rules a format may refuse a profile under: what it cannot carry. */
  private static final Set<String> FORMAT_RULES =
      Set.of("core.duplicate-id", "format.characters", "format.text-length", "format.one-sheet");

  static LongStream seeds() {
    return LongStream.range(0, 12);
  }

  /** The report of a finished sink, also when every profile was refused and nothing written. */
  private static WriteReport finish(ProfileSink sink) {
    try {
      return sink.finish();
    } catch (WriteRefusedException e) {
      assertEquals("write.empty", e.code(), e.getMessage());
      return e.report();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIsWrittenIsReadBackEqual(long seed) throws Exception {
    HostileValues hostile = new HostileValues(seed);
    List<ClusterProfile> profiles =
        ProfileGenerator.seeded(seed).stream(PROFILES_PER_SEED).map(hostile::apply).toList();
    // one CSV file is the clusters sheet: profiles with lists are refused, the others make the trip
    List<ClusterProfile> sheetOnly = new java.util.ArrayList<>();
    sheetOnly.add(profiles.get(0));
    profiles.stream().skip(1).map(TestProfiles::clustersSheetOnly).forEach(sheetOnly::add);
    for (ProfileFormat format : ProfileFormat.values()) {
      List<ClusterProfile> given = format == ProfileFormat.CSV ? sheetOnly : profiles;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WriteReport report;
      try (ProfileSink sink =
          ProfileSink.toStream(out, format)
              .policy(IntegrityPolicy.unchecked())
              .skipBad(true)
              .build()) {
        given.forEach(sink::write);
        report = finish(sink);
      }
      for (ProfileRecord refused : report.refused()) {
        refused
            .reasons()
            .forEach(
                p ->
                    assertTrue(
                        FORMAT_RULES.contains(p.code()),
                        "seed " + seed + ", " + format + ": refused by " + p));
      }
      List<ClusterProfile> written =
          given.stream()
              .filter(
                  p ->
                      report.refused().stream()
                          .noneMatch(
                              r -> r.profile().organisation().id().equals(p.organisation().id())))
              .sorted(Comparator.comparing(p -> p.organisation().id()))
              .toList();
      if (written.isEmpty()) {
        assertEquals(0, out.size(), "nothing written when every profile is refused");
        continue;
      }
      List<ClusterProfile> read;
      try (ProfileSource source =
          ProfileSource.builder()
              .input(new ByteArrayInputStream(out.toByteArray()), null)
              .format(format)
              .build()) {
        read =
            source.stream()
                .peek(
                    r ->
                        assertTrue(
                            r.isRead(),
                            () ->
                                "seed "
                                    + seed
                                    + ", "
                                    + format
                                    + ": "
                                    + r.location()
                                    + ": "
                                    + r.error()))
                .map(ProfileRecord::profile)
                .sorted(Comparator.comparing(p -> p.organisation().id()))
                .toList();
      }
      assertEquals(written.size(), read.size(), "seed " + seed + ", " + format);
      for (int i = 0; i < written.size(); i++) {
        String where = "seed " + seed + ", " + format + ", profile " + i + ": ";
        ClusterProfile expected = written.get(i);
        ClusterProfile actual = read.get(i);
        assertTrue(expected.equals(actual), () -> where + FirstDifference.of(expected, actual));
      }
    }
  }
}

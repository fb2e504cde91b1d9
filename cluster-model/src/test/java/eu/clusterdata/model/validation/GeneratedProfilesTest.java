package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over the seeded generator. Each seed is one test, and every assertion message
 * names the seed and the profile's index, so a failure is reproduced with {@code
 * ProfileGenerator.seeded(seed)}.
 */
class GeneratedProfilesTest {

  private static final int SEEDS = 100;
  private static final int PROFILES_PER_SEED = 10;
  private static final ProfileValidator ALL_RULES =
      TestProfiles.validator(RuleSet.ECCP, RuleSet.EUCLES);

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedProfileValidatesClean(long seed) {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int i = 0; i < PROFILES_PER_SEED; i++) {
      ValidationReport report = ALL_RULES.validate(generator.next());
      // The one finding a valid profile may carry: the note that ECCP criteria are waived.
      List<Finding> findings =
          report.findings().stream().filter(f -> f.rule() != Rule.ECCP_WAIVED).toList();
      assertEquals(List.of(), findings, "seed " + seed + ", profile " + i + ": " + report);
    }
  }

  static Stream<Arguments> corruptions() {
    return seeds()
        .limit(30)
        .boxed()
        .flatMap(seed -> Corruptions.all().stream().map(c -> Arguments.of(seed, c)));
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("corruptions")
  void eachCorruptionIsReportedByItsRule(long seed, Corruption corruption) {
    ClusterProfile valid = ProfileGenerator.seeded(seed).next();
    Corruption.Result result = corruption.apply(valid, new SplittableRandom(seed));
    ValidationReport report = ALL_RULES.validate(result.profile());
    String context = "seed " + seed + ", " + corruption + ": " + report;
    assertTrue(
        report.findings(corruption.rule()).stream().anyMatch(f -> f.path().equals(result.path())),
        "expected " + corruption.rule().code() + " at " + result.path() + "; " + context);
    assertTrue(
        report.findings().stream().allMatch(f -> corruption.allowed().contains(f.rule())),
        "only the intended rules may fire; " + context);
  }
}

package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model to JSON to model gives an equal model, and the same model always gives the same bytes, over
 * thousands of generated profiles. A failure names its seed: {@code ProfileGenerator.seeded(seed)}
 * reproduces it.
 */
class RoundTripTest {

  private static final ClusterJson JSON = ClusterJson.create();
  private static final ClusterJson PRETTY = ClusterJson.builder().prettyPrint(true).build();

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void modelToJsonToModelIsEqualAndDeterministic(long seed) {
    ProfileGenerator generator = ProfileGenerator.seeded(seed);
    for (int i = 0; i < 20; i++) {
      ClusterProfile profile = generator.next();
      String json = JSON.writeProfile(profile);
      ClusterProfile back = JSON.readProfile(json);
      assertEquals(profile, back, "seed " + seed + ", profile " + i + ": " + json);
      assertEquals(
          json,
          JSON.writeProfile(back),
          "seed " + seed + ", profile " + i + " is not written deterministically");
      assertEquals(
          profile,
          PRETTY.readProfile(PRETTY.writeProfile(profile)),
          "seed " + seed + ", profile " + i + " (indented)");
    }
  }
}

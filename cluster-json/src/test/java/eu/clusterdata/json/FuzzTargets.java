package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;

/**
 * Fuzzing of the JSON reader and the validator with Jazzer. In the normal test run each target
 * replays its committed inputs ({@code src/test/resources/.../FuzzTargetsInputs}); a longer run
 * that searches for new inputs is described in {@code docs/fuzzing.md}.
 *
 * <p>Any input may be refused, but only with a {@link ClusterJsonException}; an input that is read
 * must validate without an exception and survive a write and a read unchanged.
 */
class FuzzTargets {

  private static final ClusterJson JSON =
      ClusterJson.builder().unknownFields(UnknownFields.KEEP).build();
  private static final ProfileValidator VALIDATOR =
      ProfileValidator.builder()
          .ruleSets(RuleSet.ECCP, RuleSet.EUCLES, RuleSet.PUBLICATION)
          .build();

  @FuzzTest(maxDuration = "5m")
  void jsonReader(byte[] input) {
    ClusterProfile profile;
    try {
      profile = JSON.readProfile(new java.io.ByteArrayInputStream(input));
    } catch (ClusterJsonException expected) {
      return;
    }
    VALIDATOR.validate(profile);
    assertEquals(profile, JSON.readProfile(JSON.writeProfile(profile)));
  }
}

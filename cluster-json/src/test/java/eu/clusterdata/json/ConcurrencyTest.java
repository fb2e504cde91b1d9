package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link ClusterJson} and one {@link ProfileValidator}, shared by many threads, give what one
 * thread gives: the same bytes, the same profiles, the same reports.
 */
class ConcurrencyTest {

  private static final long SEED = 777;

  private record Result(String json, ClusterProfile back, String report) {}

  private static Result work(ClusterJson json, ProfileValidator validator, ClusterProfile profile) {
    String text = json.writeProfile(profile);
    ClusterProfile back = json.readProfile(text);
    return new Result(text, back, validator.validate(back).findings().toString());
  }

  @Test
  void sharedInstancesGiveTheSameResultsAsOneThread() throws Exception {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(SEED).stream(300).toList();
    ClusterJson json = ClusterJson.builder().unknownFields(UnknownFields.KEEP).build();
    ProfileValidator validator =
        TestProfiles.validator(RuleSet.ECCP, RuleSet.EUCLES, RuleSet.PUBLICATION);

    List<Result> expected = new ArrayList<>();
    for (ClusterProfile profile : profiles) {
      expected.add(work(json, validator, profile));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (ClusterProfile profile : profiles) {
          futures.add(pool.submit(() -> work(json, validator, profile)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(
            expected.get(i % profiles.size()),
            futures.get(i).get(60, TimeUnit.SECONDS),
            "seed " + SEED + ", profile " + (i % profiles.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

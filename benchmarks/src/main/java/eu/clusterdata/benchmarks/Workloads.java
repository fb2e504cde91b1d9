package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The workloads of the benchmarks, from the project's seeded generator, always the same. */
final class Workloads {

  private Workloads() {}

  /** One profile with 50 members. */
  static List<ClusterProfile> small() {
    return List.of(ProfileGenerator.builder().seed(1).members(50, 50).build().next());
  }

  /** 1,000 profiles of 15 to 40 members. */
  static List<ClusterProfile> medium() {
    return ProfileGenerator.seeded(2).stream(1000).toList();
  }

  /** {@code profiles} as JSON documents, one each, as the library writes them. */
  static List<byte[]> asJson(List<ClusterProfile> profiles) {
    ClusterJson json = ClusterJson.create();
    return profiles.stream()
        .map(p -> json.writeProfile(p).getBytes(StandardCharsets.UTF_8))
        .toList();
  }

  /** The validator of "full validation" in the benchmarks: the core, ECCP and EUCLES rules. */
  static ProfileValidator fullValidator() {
    return ProfileValidator.builder().ruleSets(RuleSet.ECCP, RuleSet.EUCLES).build();
  }

  static List<ClusterProfile> named(String workload) {
    return switch (workload) {
      case "small" -> small();
      case "medium" -> medium();
      default -> throw new IllegalArgumentException("unknown workload " + workload);
    };
  }
}

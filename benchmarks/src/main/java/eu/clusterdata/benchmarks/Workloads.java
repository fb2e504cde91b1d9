package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
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

  static List<ClusterProfile> named(String workload) {
    return switch (workload) {
      case "small" -> small();
      case "medium" -> medium();
      default -> throw new IllegalArgumentException("unknown workload " + workload);
    };
  }
}

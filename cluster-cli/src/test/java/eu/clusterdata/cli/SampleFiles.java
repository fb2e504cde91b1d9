package eu.clusterdata.cli;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.value.Iri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Small inputs written by the library itself, so that they are right by construction. */
final class SampleFiles {

  static final ClusterJson JSON = ClusterJson.create();

  private SampleFiles() {}

  static List<ClusterProfile> profiles(int count) {
    ProfileGenerator generator =
        ProfileGenerator.builder()
            .seed(4242)
            .members(3, 6)
            .referenceDate(java.time.LocalDate.now())
            .build();
    return generator.stream(count).toList();
  }

  static String line(ClusterProfile profile) {
    return JSON.writeProfile(profile).replace("\n", "");
  }

  static Path jsonLines(Path directory, String name, List<ClusterProfile> profiles)
      throws IOException {
    return Files.writeString(
        directory.resolve(name),
        profiles.stream().map(SampleFiles::line).collect(Collectors.joining("\n", "", "\n")));
  }

  /** A profile the core rules reject at {@code memberships[0].actor}. */
  static ClusterProfile invalid() {
    ClusterProfile valid = TestProfiles.valid();
    return valid
        .withOrganisation(valid.organisation().toBuilder().id(TestProfiles.id("invalid")).build())
        .withMemberships(List.of(Membership.of(Iri.of("https://example.org/nobody"))));
  }
}

package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Service;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists are aligned by what their elements are, not by position. */
class ProfileDiffTest {

  private static List<String> paths(ClusterProfile before, ClusterProfile after) {
    return ProfileDiff.between(before, after).stream().map(ProfileDiff.Change::path).toList();
  }

  @Test
  void aServiceRemovedAndAnotherRenamedAreTwoChanges() {
    ClusterProfile profile = SampleFiles.profiles(1).get(0);
    Service first = profile.services().get(0);
    List<Service> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(
          Service.builder(
                  Iri.of(first.id().value() + "-" + i),
                  MultilingualText.de("Angebot " + i),
                  first.area())
              .build());
    }
    ClusterProfile before = profile.withServices(three);
    ClusterProfile after =
        profile.withServices(
            List.of(
                three.get(0),
                Service.builder(three.get(2).id(), MultilingualText.de("Umbenannt"), first.area())
                    .build()));
    assertEquals(List.of("$.services[1]", "$.services[1].name.de"), paths(before, after));
    assertEquals(
        List.of("$.services[1]", "$.services[2].name.de"),
        paths(after, profile.withServices(three)));
  }

  @Test
  void equalProfilesHaveNoChanges() {
    ClusterProfile profile = SampleFiles.profiles(1).get(0);
    assertEquals(List.of(), paths(profile, profile));
  }
}

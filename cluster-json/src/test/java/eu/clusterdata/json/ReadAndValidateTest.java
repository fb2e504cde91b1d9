package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.testing.TestProfiles;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAndValidateTest {

  @Test
  void findingsCarryJsonPathsIntoTheDocument() {
    ClusterJson json =
        ClusterJson.builder().validator(TestProfiles.validator(RuleSet.ECCP)).build();
    String text =
        json.writeProfile(TestProfiles.valid())
            .replace("\"en\":\"Test Cluster Düsseldorf\"", "\"de-CH\":\" \"")
            .replace("\"teamSizeFte\":2.5", "\"teamSizeFte\":0.25");
    ValidatedProfile read =
        json.readAndValidate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("$.organisation.name['de-CH']", "$.organisation.management.teamSizeFte"),
        read.report().findings().stream().map(Finding::path).toList(),
        "the core rule's error before the ECCP rule's");
    assertEquals("$.organisation.name['de-CH']", read.report().findings().get(0).pathPattern());
  }

  @Test
  void defaultValidatorIsTheCoreRules() {
    ClusterJson json = ClusterJson.create();
    String text =
        json.writeProfile(TestProfiles.valid())
            .replace("\"teamSizeFte\":2.5", "\"teamSizeFte\":0.25");
    assertEquals(
        List.of(),
        json.readAndValidate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
            .report()
            .findings());
    assertEquals(ProfileValidator.core().ruleSets(), java.util.Set.of(RuleSet.CORE));
  }
}

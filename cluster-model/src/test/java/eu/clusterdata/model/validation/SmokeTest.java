package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.testing.TestProfiles;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void fixtureConforms() {
    ValidationReport report = TestProfiles.validator(RuleSet.ECCP, RuleSet.EUCLES).validate(TestProfiles.valid());
    assertEquals(java.util.List.of(), report.findings(), report.toString());
  }
}

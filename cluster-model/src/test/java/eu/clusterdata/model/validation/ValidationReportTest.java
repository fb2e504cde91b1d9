package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.testing.TestProfiles;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  /** The fixture with members 16 to 20 naming actors that do not exist. */
  private static ValidationReport fiveDanglingMembers() {
    ClusterProfile.Builder profile = TestProfiles.valid().toBuilder();
    for (int i = 0; i < 5; i++) {
      profile.addMembership(Membership.of(TestProfiles.id("ghost-" + i)));
    }
    return TestProfiles.validator().validate(profile.build());
  }

  @Test
  void findingsComeErrorsFirstThenByRuleSetThenInDocumentOrder() {
    Finding note = Finding.of(Rule.CORE_CODE_UNLISTED, "services[0].format", "x");
    Finding warning = Finding.of(Rule.EUCLES_EXPIRED, "organisation.labels[0]", "2020-01-01");
    Finding eccp = Finding.of(Rule.ECCP_MEMBERS, "memberships", 3);
    Finding coreLater = Finding.of(Rule.CORE_REFERENCE, "memberships[10].actor", "a");
    Finding coreEarlier = Finding.of(Rule.CORE_REFERENCE, "memberships[2].actor", "b");
    ValidationReport report =
        new ValidationReport(List.of(note, warning, eccp, coreLater, coreEarlier));
    assertEquals(List.of(coreEarlier, coreLater, eccp, warning, note), report.findings());
  }

  @Test
  void groupsFindingsByRuleWithCountAndFirstPaths() {
    ValidationReport report = fiveDanglingMembers();
    assertEquals(
        List.of(
            new RuleSummary(
                Rule.CORE_REFERENCE,
                5,
                List.of(
                    "memberships[16].actor", "memberships[17].actor", "memberships[18].actor"))),
        report.summary());
    assertFalse(report.conforms());
    assertEquals(
        Map.of(Severity.ERROR, 5L, Severity.WARNING, 0L, Severity.INFO, 0L),
        report.countsBySeverity());
  }

  @Test
  void pathPatternDropsIndicesSoFindingsGroup() {
    List<String> patterns =
        fiveDanglingMembers().findings().stream().map(Finding::pathPattern).distinct().toList();
    assertEquals(List.of("memberships[].actor"), patterns);
  }

  @Test
  void findingCarriesValueAndBothLanguages() {
    Finding first = fiveDanglingMembers().findings().get(0);
    assertEquals("https://example.org/test/ghost-0", first.value());
    assertEquals(
        "https://example.org/test/ghost-0 names no actor of this profile; add the actor to actors or correct the identifier.",
        first.message(Locale.ENGLISH));
    assertEquals(
        "https://example.org/test/ghost-0 bezeichnet keinen Akteur dieses Profils; nehmen Sie den Akteur in actors auf oder korrigieren Sie die Kennung.",
        first.message(Locale.GERMANY));
  }

  @Test
  void findingsAreInDocumentOrderWithNumericIndices() {
    ClusterProfile.Builder profile = TestProfiles.valid().toBuilder();
    for (int i = 0; i < 12; i++) {
      profile.addMembership(Membership.of(TestProfiles.id("ghost-" + i)));
    }
    List<String> paths =
        TestProfiles.validator().validate(profile.build()).findings().stream()
            .map(Finding::path)
            .toList();
    assertEquals("memberships[16].actor", paths.get(0));
    assertEquals("memberships[27].actor", paths.get(11));
  }

  @Test
  void warningsAloneStillConform() {
    ValidationReport report =
        new ValidationReport(
            List.of(Finding.of(Rule.CORE_PROVENANCE_SOURCES, "metadata.sources", null)));
    assertTrue(report.conforms());
    assertEquals(1, report.findings(Severity.WARNING).size());
  }

  @Test
  void germanNumbersUseTheGermanDecimalComma() {
    var profile = TestProfiles.valid();
    var org =
        profile.organisation().toBuilder()
            .management(
                profile
                    .organisation()
                    .management()
                    .withTeamSizeFte(new java.math.BigDecimal("0.25")))
            .build();
    Finding finding =
        TestProfiles.validator(RuleSet.ECCP)
            .validate(profile.toBuilder().organisation(org).build())
            .findings(Rule.ECCP_TEAM_SIZE)
            .get(0);
    assertEquals(
        "The management team is 0.25 FTE; the ECCP requires at least 0.5 FTE.",
        finding.message(java.util.Locale.ENGLISH));
    assertEquals(
        "Das Clustermanagement umfasst 0,25 VZÄ; die ECCP verlangt mindestens 0,5 VZÄ.",
        finding.message(java.util.Locale.GERMAN));
  }

  @Test
  void toStringListsFindingsForDevelopers() {
    String text = fiveDanglingMembers().toString();
    assertTrue(text.startsWith("does not conform, 5 error, 0 warning, 0 info"), text);
    assertTrue(text.contains("ERROR core.reference at memberships[20].actor: "), text);
  }
}

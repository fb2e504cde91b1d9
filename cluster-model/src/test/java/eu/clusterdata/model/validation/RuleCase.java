package eu.clusterdata.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterOrganisation;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.TestProfiles;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One rule test: a change to the valid fixture, and the finding it must (or must not) cause.
 *
 * @param name what the case shows, for the test report
 * @param change the change to the fixture
 * @param rule the rule under test
 * @param path where the finding must be, or {@code null} when the rule must not fire
 */
record RuleCase(String name, UnaryOperator<ClusterProfile> change, Rule rule, String path) {

  static RuleCase fails(String name, Rule rule, String path, UnaryOperator<ClusterProfile> change) {
    return new RuleCase(name, change, rule, path);
  }

  static RuleCase passes(String name, Rule rule, UnaryOperator<ClusterProfile> change) {
    return new RuleCase(name, change, rule, null);
  }

  /** Changes the fixture's organisation. */
  static UnaryOperator<ClusterProfile> organisation(
      UnaryOperator<ClusterOrganisation.Builder> change) {
    return p ->
        p.toBuilder().organisation(change.apply(p.organisation().toBuilder()).build()).build();
  }

  /** Changes the fixture as a whole through its builder. */
  static UnaryOperator<ClusterProfile> profile(UnaryOperator<ClusterProfile.Builder> change) {
    return p -> change.apply(p.toBuilder()).build();
  }

  /**
   * Validates the changed fixture and checks the outcome: the rule fires at the path and no other
   * rule reports an error, or the rule does not fire at all.
   */
  void check(RuleSet... ruleSets) {
    ValidationReport report =
        TestProfiles.validator(ruleSets).validate(change.apply(TestProfiles.valid()));
    List<Finding> ofRule = report.findings(rule);
    if (path == null) {
      assertEquals(List.of(), ofRule, report.toString());
      return;
    }
    assertTrue(
        ofRule.stream().anyMatch(f -> f.path().equals(path)),
        () -> "expected " + rule.code() + " at " + path + ", got " + report);
    List<String> otherErrors =
        report.errors().stream()
            .filter(f -> f.rule() != rule)
            .map(Finding::toString)
            .collect(Collectors.toList());
    assertEquals(List.of(), otherErrors, "unexpected other errors");
    assertEquals(rule.severity() != Severity.ERROR, report.conforms(), report.toString());
  }

  @Override
  public String toString() {
    return (path == null ? "passes: " : "fails: ") + rule.code() + ": " + name;
  }
}

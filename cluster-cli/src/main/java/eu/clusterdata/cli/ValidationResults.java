package eu.clusterdata.cli;

import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Everything one run of {@code validate} found, for the text, JSON and HTML reports. */
final class ValidationResults {

  /** Count of one rule's findings. */
  record RuleCount(String rule, Severity severity, long count) {}

  private final List<RuleSet> ruleSets;
  private final Locale locale;
  private final Words words;
  private final List<ProfileResult> results = new ArrayList<>();

  ValidationResults(List<RuleSet> ruleSets, Locale locale) {
    this.ruleSets = List.copyOf(ruleSets);
    this.locale = locale;
    this.words = Words.of(locale);
  }

  Words words() {
    return words;
  }

  void add(ProfileResult result) {
    results.add(result);
  }

  List<RuleSet> ruleSets() {
    return ruleSets;
  }

  Locale locale() {
    return locale;
  }

  List<ProfileResult> results() {
    return results;
  }

  /** Records read as profiles. */
  long profiles() {
    return results.stream().filter(ProfileResult::isRead).count();
  }

  /** Records, or whole inputs, that could not be read. */
  long unreadable() {
    return results.stream().filter(r -> !r.isRead()).count();
  }

  /** Whether a whole input could not be read (one that held no profile is a finding, not this). */
  boolean anInputFailed() {
    return results.stream()
        .anyMatch(r -> r.isWholeInput() && !r.problems().get(0).code().equals(Reading.EMPTY));
  }

  boolean conforms() {
    return results.stream().allMatch(ProfileResult::conforms);
  }

  /** A severity for people: {@code FEHLER} under {@code --lang de}. */
  String severity(Severity severity) {
    return words.get("severity." + severity.name().toLowerCase(Locale.ROOT));
  }

  Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0L);
    }
    for (ProfileResult result : results) {
      for (Finding finding : result.findings()) {
        counts.merge(finding.severity(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /**
   * Findings per rule, most severe first, then by rule code. A read problem counts as an error of
   * its code ({@code json.syntax}, {@code read.empty}...), so that it can be found and filtered on
   * like any rule.
   */
  List<RuleCount> countsByRule() {
    Map<String, RuleCount> byRule = new TreeMap<>();
    for (ProfileResult result : results) {
      for (Problem problem : result.problems()) {
        byRule.merge(
            problem.code(),
            new RuleCount(problem.code(), Severity.ERROR, 1),
            (a, b) -> new RuleCount(a.rule(), a.severity(), a.count() + b.count()));
      }
      for (Finding finding : result.findings()) {
        byRule.merge(
            finding.rule().code(),
            new RuleCount(finding.rule().code(), finding.severity(), 1),
            (a, b) -> new RuleCount(a.rule(), a.severity(), a.count() + b.count()));
      }
    }
    return byRule.values().stream()
        .sorted(java.util.Comparator.comparing(RuleCount::severity).thenComparing(RuleCount::rule))
        .toList();
  }

  /** A finding's message in the report's language. */
  String message(Finding finding) {
    return finding.message(locale);
  }

  /** A read problem's message and position in the report's language. */
  String message(Problem problem) {
    return problem.text(locale);
  }
}

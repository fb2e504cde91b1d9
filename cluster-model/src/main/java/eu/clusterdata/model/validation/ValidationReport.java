package eu.clusterdata.model.validation;

import eu.clusterdata.model.validation.internal.FindingOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of validating a profile: its findings, errors first, then warnings, then notes; within
 * one severity by rule set (core, ECCP, EUCLES, publication), then in document order of their
 * paths. Bad data is reported here, never thrown. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(profile);
 * if (!report.conforms()) {
 *   report.errors().forEach(f -> System.out.println(f.path() + ": " + f.message()));
 * }
 * }</pre>
 *
 * @param findings every finding, in any order: the report keeps them sorted as above
 */
public record ValidationReport(List<Finding> findings) {

  /** How many paths a {@link RuleSummary} lists at most. */
  public static final int SUMMARY_PATHS = 3;

  public ValidationReport {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.FINDINGS);
    findings = List.copyOf(sorted);
  }

  /** Returns whether the profile conforms: no finding is an error. */
  public boolean conforms() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns the findings that are errors. */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /** Returns the findings of the given severity. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /** Returns the findings of one rule. */
  public List<Finding> findings(Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  /** Returns how many findings there are of each severity (zero counts included). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0L);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return counts;
  }

  /**
   * Returns one summary per broken rule, errors first, then by rule code, each with its count and
   * the first few paths.
   */
  public List<RuleSummary> summary() {
    Map<Rule, List<Finding>> byRule =
        findings.stream()
            .collect(
                Collectors.groupingBy(
                    Finding::rule, () -> new EnumMap<>(Rule.class), Collectors.toList()));
    List<RuleSummary> summaries = new ArrayList<>();
    byRule.forEach(
        (rule, list) ->
            summaries.add(
                new RuleSummary(
                    rule,
                    list.size(),
                    list.stream().limit(SUMMARY_PATHS).map(Finding::path).toList())));
    summaries.sort(
        Comparator.comparing((RuleSummary s) -> s.rule().severity())
            .thenComparing(s -> s.rule().code()));
    return summaries;
  }

  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "conforms, no findings";
    }
    StringBuilder text = new StringBuilder(conforms() ? "conforms" : "does not conform");
    countsBySeverity()
        .forEach(
            (severity, count) ->
                text.append(", ")
                    .append(count)
                    .append(' ')
                    .append(severity.name().toLowerCase(java.util.Locale.ROOT)));
    findings.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f));
    return text.toString();
  }
}

package eu.clusterdata.model.validation;

import java.util.List;
import java.util.Objects;

/**
 * How often one rule was broken in a report, and the first few places, for an overview before the
 * details. Immutable and thread-safe.
 *
 * @param rule the rule
 * @param count how many findings it has
 * @param firstPaths the paths of the first findings, at most {@link ValidationReport#SUMMARY_PATHS}
 */
public record RuleSummary(Rule rule, int count, List<String> firstPaths) {

  public RuleSummary {
    Objects.requireNonNull(rule, "rule");
    firstPaths = List.copyOf(firstPaths);
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The report for people at a terminal: by input and profile, then by rule, then the summary. */
final class TextReport {

  private TextReport() {}

  static void write(ValidationResults results, PrintStream out) {
    Words words = results.words();
    for (ProfileResult result : results.results()) {
      if (!result.isRead()) {
        for (Problem problem : result.problems()) {
          out.println(
              result.where(words)
                  + ": "
                  + words.get("unreadable")
                  + ": "
                  + results.message(problem));
        }
        continue;
      }
      if (result.findings().isEmpty()) {
        continue;
      }
      out.println(result.where(words) + ": " + result.profile());
      String rule = null;
      for (Finding finding : result.findings()) {
        if (!finding.rule().code().equals(rule)) {
          rule = finding.rule().code();
          out.println("  " + results.severity(finding.severity()) + " " + rule);
        }
        String path = finding.path().isEmpty() ? "" : finding.path() + ": ";
        out.println("    " + path + results.message(finding));
      }
    }
    Map<Severity, Long> counts = results.countsBySeverity();
    out.println(
        words.get(
            "summary.line",
            results.profiles(),
            String.join(", ", results.ruleSets().stream().map(RuleSet::code).toList()),
            counts.getOrDefault(Severity.ERROR, 0L),
            counts.getOrDefault(Severity.WARNING, 0L),
            counts.getOrDefault(Severity.INFO, 0L),
            results.unreadable()));
    for (ValidationResults.RuleCount count : results.countsByRule()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %-40s %d%n",
          results.severity(count.severity()),
          count.rule(),
          count.count());
    }
    out.println(words.get(results.conforms() ? "verdict.conforms" : "verdict.fails"));
  }
}

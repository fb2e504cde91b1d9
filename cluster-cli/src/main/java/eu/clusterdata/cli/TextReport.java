package eu.clusterdata.cli;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The report for people at a terminal: by input and profile, then by rule, then the summary. */
final class TextReport {

  private TextReport() {}

  static void write(ValidationResults results, PrintStream out) {
    boolean german = results.locale().getLanguage().equals("de");
    for (ProfileResult result : results.results()) {
      if (result.readError() != null) {
        out.println(
            result.where()
                + ": "
                + (german ? "nicht lesbar: " : "cannot be read: ")
                + result.readError());
        continue;
      }
      if (result.findings().isEmpty()) {
        continue;
      }
      out.println(result.where() + ": " + result.id());
      String rule = null;
      for (Finding finding : result.findings()) {
        if (!finding.rule().code().equals(rule)) {
          rule = finding.rule().code();
          out.println("  " + finding.severity() + " " + rule);
        }
        out.println("    " + finding.path() + ": " + results.message(finding));
      }
    }
    Map<Severity, Long> counts = results.countsBySeverity();
    out.printf(
        Locale.ROOT,
        german
            ? "%d Profile geprüft (Regeln: %s): %d Fehler, %d Warnungen, %d Hinweise, %d nicht lesbar%n"
            : "%d profiles checked (rules: %s): %d errors, %d warnings, %d infos, %d unreadable%n",
        results.profiles(),
        String.join(
            ", ", results.ruleSets().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList()),
        counts.get(Severity.ERROR),
        counts.get(Severity.WARNING),
        counts.get(Severity.INFO),
        results.unreadable());
    for (ValidationResults.RuleCount count : results.countsByRule()) {
      out.printf(Locale.ROOT, "  %-8s %-40s %d%n", count.severity(), count.rule(), count.count());
    }
    out.println(
        results.conforms()
            ? (german ? "Alles konform." : "Everything conforms.")
            : (german ? "Nicht konform." : "Does not conform."));
  }
}

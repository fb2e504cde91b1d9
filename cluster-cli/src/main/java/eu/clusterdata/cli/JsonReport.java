package eu.clusterdata.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for machines: {@code conforms}, counts by severity and rule, and every record with its
 * findings. Stable field names; see the README for the shape.
 */
final class JsonReport {

  private JsonReport() {}

  static void write(ValidationResults results, OutputStream out) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("conforms", results.conforms());
    report.put("ruleSets", results.ruleSets().stream().map(RuleSet::code).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("profiles", results.profiles());
    counts.put("unreadable", results.unreadable());
    results.countsBySeverity().forEach((severity, n) -> counts.put(name(severity), n));
    report.put("counts", counts);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (ValidationResults.RuleCount count : results.countsByRule()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("rule", count.rule());
      rule.put("severity", name(count.severity()));
      rule.put("count", count.count());
      rules.add(rule);
    }
    report.put("rules", rules);
    List<Map<String, Object>> records = new ArrayList<>();
    for (ProfileResult result : results.results()) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("file", result.file());
      record.put("record", result.isWholeInput() ? null : result.number());
      record.put("line", result.line());
      record.put("id", result.id());
      record.put("region", result.region() == null ? null : result.region().code());
      record.put("regionName", result.region() == null ? null : CodeNames.region(result.region()));
      record.put("conforms", result.conforms());
      List<Map<String, Object>> problems = new ArrayList<>();
      for (Problem problem : result.problems()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", problem.code());
        p.put("path", problem.path());
        p.put("line", problem.line());
        p.put("column", problem.column());
        p.put("message", problem.message().text(results.locale()));
        problems.add(p);
      }
      record.put("problems", problems);
      List<Map<String, Object>> findings = new ArrayList<>();
      for (Finding finding : result.findings()) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("rule", finding.rule().code());
        f.put("severity", name(finding.severity()));
        f.put("path", finding.path());
        f.put("value", finding.value());
        f.put("message", results.message(finding));
        findings.add(f);
      }
      record.put("findings", findings);
      records.add(record);
    }
    report.put("records", records);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, report);
    out.write('\n');
  }

  static String name(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }
}

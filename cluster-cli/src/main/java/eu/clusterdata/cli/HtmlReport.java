package eu.clusterdata.cli;

import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The report a person opens and shares: one self-contained HTML file (no network, no external
 * files) with the summary per severity and rule, then every finding, filterable by text, severity
 * and rule. The filter can be given in the address ({@code report.html#severity=error&q=eccp}), so
 * a filtered view can be shared as a link.
 */
final class HtmlReport {

  private HtmlReport() {}

  static void write(ValidationResults results, OutputStream stream) throws IOException {
    Words words = results.words();
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    out.write("<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\">\n<head>\n");
    out.write("<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + escape(words.get("report.title")) + "</title>\n");
    out.write("<style>\n" + PageAssets.text("report.css") + "</style>\n");
    out.write("</head>\n<body>\n");
    body(results, out);
    out.write("<script>\n" + PageAssets.text("report.js") + "</script>\n");
    out.write("</body>\n</html>\n");
    out.flush();
  }

  /**
   * The report without its document, to place in a page of one's own: that page links {@code
   * report.css} and runs {@code clusterdataFilterFindings()} of {@code report.js} (both beside this
   * class in the jar).
   */
  static void writeFragment(ValidationResults results, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    body(results, out);
    out.flush();
  }

  private static void body(ValidationResults results, Writer out) throws IOException {
    Words words = results.words();
    out.write("<h1>" + escape(words.get("report.title")) + "</h1>\n");
    out.write(
        "<p id=\"verdict\" class=\""
            + (results.conforms() ? "ok" : "bad")
            + "\">"
            + escape(words.get(results.conforms() ? "verdict.conforms" : "verdict.fails"))
            + "</p>\n");
    out.write(
        "<p>"
            + escape(
                words.get(
                    "rules",
                    String.join(", ", results.ruleSets().stream().map(RuleSet::code).toList())))
            + "</p>\n");

    out.write("<h2>" + escape(words.get("summary")) + "</h2>\n<table id=\"summary\">\n");
    row(out, words.get("summary.profiles"), "count-profiles", results.profiles());
    row(out, words.get("summary.unreadable"), "count-unreadable", results.unreadable());
    Map<Severity, Long> counts = results.countsBySeverity();
    for (Severity severity : Severity.values()) {
      row(
          out,
          results.severity(severity),
          "count-" + JsonReport.name(severity),
          counts.getOrDefault(severity, 0L));
    }
    out.write("</table>\n");

    out.write("<h2>" + escape(words.get("by-rule")) + "</h2>\n<table id=\"rules\">\n");
    out.write(
        "<tr><th>"
            + escape(words.get("column.rule"))
            + "</th><th>"
            + escape(words.get("column.severity"))
            + "</th><th>"
            + escape(words.get("column.count"))
            + "</th></tr>\n");
    for (ValidationResults.RuleCount count : results.countsByRule()) {
      out.write(
          "<tr data-rule=\""
              + escape(count.rule())
              + "\"><td>"
              + escape(count.rule())
              + "</td><td>"
              + escape(results.severity(count.severity()))
              + "</td><td>"
              + count.count()
              + "</td></tr>\n");
    }
    out.write("</table>\n");

    out.write("<h2>" + escape(words.get("findings")) + "</h2>\n");
    out.write("<form id=\"filter\" onsubmit=\"return false\">\n");
    out.write(
        "<input id=\"q\" type=\"search\" placeholder=\""
            + escape(words.get("search"))
            + "\" aria-label=\""
            + escape(words.get("search"))
            + "\">\n");
    out.write(
        "<select id=\"severity\" aria-label=\""
            + escape(words.get("column.severity"))
            + "\"><option value=\"\">"
            + escape(words.get("all"))
            + "</option>");
    for (Severity severity : Severity.values()) {
      out.write(
          "<option value=\""
              + JsonReport.name(severity)
              + "\">"
              + escape(results.severity(severity))
              + "</option>");
    }
    out.write(
        "</select>\n<select id=\"rule\" aria-label=\""
            + escape(words.get("column.rule"))
            + "\"><option value=\"\">"
            + escape(words.get("all-rules"))
            + "</option>");
    for (ValidationResults.RuleCount count : results.countsByRule()) {
      out.write("<option>" + escape(count.rule()) + "</option>");
    }
    out.write("</select>\n<span id=\"shown\" aria-live=\"polite\"></span>\n</form>\n");
    out.write("<table id=\"findings\">\n<thead><tr><th>");
    out.write(escape(words.get("column.record")));
    out.write(
        "</th><th>"
            + escape(words.get("column.profile"))
            + "</th><th>"
            + escape(words.get("column.severity"))
            + "</th><th>"
            + escape(words.get("column.rule"))
            + "</th><th>"
            + escape(words.get("column.path"))
            + "</th><th>");
    out.write(escape(words.get("column.message")));
    out.write("</th></tr></thead>\n<tbody>\n");
    for (ProfileResult result : results.results()) {
      for (Problem problem : result.problems()) {
        finding(
            out,
            results,
            result,
            Severity.ERROR,
            problem.code(),
            problem.path(),
            results.message(problem));
      }
      for (Finding finding : result.findings()) {
        finding(
            out,
            results,
            result,
            finding.severity(),
            finding.rule().code(),
            finding.path(),
            results.message(finding));
      }
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void row(Writer out, String label, String id, long value) throws IOException {
    out.write("<tr><th>" + escape(label) + "</th><td id=\"" + id + "\">" + value + "</td></tr>\n");
  }

  private static void finding(
      Writer out,
      ValidationResults results,
      ProfileResult result,
      Severity severity,
      String rule,
      String path,
      String message)
      throws IOException {
    String code = JsonReport.name(severity);
    out.write(
        "<tr class=\"finding "
            + code
            + "\" data-severity=\""
            + code
            + "\" data-rule=\""
            + escape(rule)
            + "\"><td>"
            + escape(result.where(results.words()))
            + "</td><td title=\""
            + escape(result.id() == null ? "" : result.id())
            + "\">"
            + escape(result.title(results.words().locale()))
            + "</td><td>"
            + escape(results.severity(severity))
            + "</td><td>"
            + escape(rule)
            + "</td><td><code>"
            + escape(path)
            + "</code></td><td>"
            + escape(message)
            + "</td></tr>\n");
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

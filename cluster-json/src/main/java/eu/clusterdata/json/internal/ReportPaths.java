package eu.clusterdata.json.internal;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ValidationReport;

/** Rewrites a validation report's model paths as JSON paths into the document. */
public final class ReportPaths {

  private ReportPaths() {}

  public static ValidationReport toJsonPaths(ValidationReport report) {
    return new ValidationReport(
        report.findings().stream()
            .map(
                f ->
                    new Finding(
                        f.rule(),
                        JsonPaths.fromModelPath(f.path()),
                        f.value(),
                        f.messageKey(),
                        f.arguments()))
            .toList());
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.util.List;

/**
 * What validation found for one record of an input.
 *
 * @param file the input's display name
 * @param index the record's position in the input, from 0; -1 when the input as a whole could not
 *     be read
 * @param line the line the record starts on, or 0 when unknown
 * @param id the profile's organisation identifier, or {@code null} if the record was not read
 * @param readError why the record could not be read, or {@code null}
 * @param findings the validator's findings, grouped by rule and then by path
 */
record ProfileResult(
    String file, long index, long line, String id, String readError, List<Finding> findings) {

  ProfileResult {
    findings = List.copyOf(findings);
  }

  /** Whether the record was read and has no errors. */
  boolean conforms() {
    return readError == null && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Where the record is, for people: {@code data.jsonl record 3 (line 4)}. */
  String where() {
    if (index < 0) {
      return file;
    }
    return file + " record " + index + (line > 0 ? " (line " + line + ")" : "");
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What validation found for one record of an input.
 *
 * @param location where the record is; the input as a whole when it could not be read at all
 * @param id the profile's organisation identifier, or {@code null} if the record was not read
 * @param name the cluster's name, or {@code null} if the record was not read
 * @param region the NUTS region of the cluster's seat, or {@code null}
 * @param problems why the record could not be read; empty if it was read
 * @param findings what reading and the validator found, grouped by rule and then by path
 */
record ProfileResult(
    RecordLocation location,
    @Nullable String id,
    @Nullable MultilingualText name,
    @Nullable NutsCode region,
    List<Problem> problems,
    List<Finding> findings) {

  ProfileResult {
    problems = List.copyOf(problems);
    findings = List.copyOf(findings);
  }

  /** The input's display name. */
  String file() {
    return location.source();
  }

  /** Whether the input as a whole could not be read, rather than one record. */
  boolean isWholeInput() {
    return location.isWholeInput();
  }

  /** Whether the record was read. */
  boolean isRead() {
    return problems.isEmpty();
  }

  /** Whether the record was read and has no errors. */
  boolean conforms() {
    return isRead() && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The record's number as people count, from 1. */
  long number() {
    return location.number();
  }

  /** The line the record starts on, or 0 when unknown. */
  long line() {
    return location.line();
  }

  /** The profile for people: its identifier and region, {@code https://… (DEA1A Wuppertal, …)}. */
  String profile() {
    if (id == null) {
      return "";
    }
    String name = region == null ? "" : CodeNames.region(region);
    return region == null ? id : id + " (" + (name.isEmpty() ? region : region + " " + name) + ")";
  }

  /**
   * The cluster for people: its name in the reader's language (else English, else German, else any)
   * and its region; the identifier where the record has no name, empty if it was not read.
   */
  String title(Locale locale) {
    String named =
        name == null ? null : name.best(List.of(locale.getLanguage(), "en", "de")).orElse(null);
    if (named == null) {
      return profile();
    }
    return region == null ? named : named + " (" + region.code() + ")";
  }

  /** Where the record is, for people: {@code data.jsonl record 3 (line 3)}. */
  String where(Words words) {
    return location.text(words.locale());
  }
}

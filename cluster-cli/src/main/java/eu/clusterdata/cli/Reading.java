package eu.clusterdata.cli;

import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.model.ClusterDataException;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How the commands speak of what reading an input found: its problems, in the user's language. */
final class Reading {

  /** The code of an input that held no profile at all. */
  static final String EMPTY = "read.empty";

  private Reading() {}

  /**
   * The problems of a record that could not be read; an error in RDF says why it stops the whole
   * input (a syntax error) or the whole graph (a profile that cannot be read).
   */
  static List<Problem> problems(ClusterDataException error) {
    List<Problem> problems = new ArrayList<>(error.problems());
    if (error.code().equals("rdf.syntax")) {
      problems.add(new Problem("rdf.syntax", "", 0, 0, Message.of("rdf.syntax.whole-file")));
    } else if (error.code().equals("rdf.mapping")) {
      problems.add(new Problem("rdf.mapping", "", 0, 0, Message.of("rdf.mapping.whole-graph")));
    }
    return problems;
  }

  /** The problem of an input that held no profile. */
  static Problem nothing() {
    return new Problem(EMPTY, "", 0, 0, Message.of(EMPTY));
  }

  /** The problem of an input that could not be opened, without the name the message starts with. */
  static Problem problem(CliException e, String name, Words words) {
    if (e.problem() != null) {
      return new Problem("read.input", "", 0, 0, e.problem());
    }
    String message = e.message(words);
    if (message.startsWith(name + ": ")) {
      message = message.substring(name.length() + 2);
    }
    return new Problem("read.input", "", 0, 0, Message.plain(message));
  }

  /** Where a record is: {@code data.jsonl record 3 (line 3)}, or the input's name. */
  static String where(String name, SourceRecord record, Words words) {
    return where(name, record.index(), record.line(), words);
  }

  /**
   * Where record {@code index} (from 0; -1 for the input as a whole) starting on {@code line} is.
   */
  static String where(String name, long index, long line, Words words) {
    if (index < 0) {
      return name;
    }
    return name
        + " "
        + (line > 0 ? words.get("record.line", index + 1, line) : words.get("record", index + 1));
  }

  /**
   * Why a record cannot be stored or converted without loss: its read problems, or the errors that
   * reading found.
   */
  static String why(SourceRecord record, Words words) {
    if (record.error() != null) {
      return problems(record.error()).stream()
          .map(p -> p.text(words.locale()))
          .collect(Collectors.joining("; "));
    }
    return record.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> words.get("finding.at", f.rule().code(), f.path(), f.message(words.locale())))
        .collect(Collectors.joining("; "));
  }

  /** Where a bad record is and why, put into words when shown: {@code data.jsonl record 3: ...}. */
  static CliException.Text whereAndWhy(String name, SourceRecord record) {
    return words -> where(name, record, words) + ": " + why(record, words);
  }

  /** The findings of a sound record worth a word: warnings, such as triples no profile took. */
  static List<Finding> warnings(SourceRecord record) {
    return record.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.Severity;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** How the commands speak of what reading an input found: its problems, in the user's language. */
final class Reading {

  /** The code of an input that held no profile at all. */
  static final String EMPTY = ProfileSource.EMPTY;

  private Reading() {}

  /** The problem of an input that could not be opened, without the name the message starts with. */
  static Problem problem(CliException e, String name, Words words) {
    if (e.problem() != null) {
      // The library's code where it gave one (read.format, read.no-such-file...).
      String code =
          e.getCause() instanceof ClusterDataException library ? library.code() : "read.input";
      return new Problem(code, "", 0, 0, e.problem());
    }
    String message = e.message(words);
    if (message.startsWith(name + ": ")) {
      message = message.substring(name.length() + 2);
    }
    return new Problem("read.input", "", 0, 0, eu.clusterdata.model.problem.Message.plain(message));
  }

  /** Where a record is: {@code data.jsonl record 3 (line 3)}, or the input's name. */
  static String where(ProfileRecord record, Words words) {
    return record.location().text(words.locale());
  }

  /**
   * Why a record cannot be written or stored without loss: the problems that kept it from being
   * read, or its errors ({@code rule at path: message}).
   */
  static String why(ProfileRecord record, Words words) {
    if (record.error() != null) {
      return record.problems().stream()
          .map(p -> p.text(words.locale()))
          .collect(Collectors.joining("; "));
    }
    return record.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(
            f ->
                f.path().isEmpty()
                    ? words.get("finding", f.rule().code(), f.message(words.locale()))
                    : words.get("finding.at", f.rule().code(), f.path(), f.message(words.locale())))
        .collect(Collectors.joining("; "));
  }

  /** Where a bad record is and why, put into words when shown: {@code data.jsonl record 3: ...}. */
  static CliException.Text whereAndWhy(ProfileRecord record) {
    return words -> where(record, words) + ": " + why(record, words);
  }

  /**
   * Throws where {@code record} stands for its whole input, broken or empty: what was read of that
   * input is not all of it, so a command that writes must write nothing (exit status 2, or 1 for an
   * input with nothing in it, as every door answers an empty input).
   */
  static void requireWholeInputRead(ProfileRecord record) {
    if (record.location().isWholeInput() && !record.isRead()) {
      throw record.problems().get(0).code().equals(EMPTY)
          ? CliException.badRecords(
              null,
              "empty.nothing-written",
              record.location().source(),
              record.problems().get(0).message())
          : CliException.of("convert.nothing-written", whereAndWhy(record));
    }
  }

  /** Says on {@code err} where each refused record is and why: {@code data.jsonl record 3: ...}. */
  static void list(PrintStream err, List<ProfileRecord> refused, Words words) {
    for (ProfileRecord record : refused) {
      err.println(words.get("record.bad", where(record, words), why(record, words)));
    }
  }

  /** The findings of a sound record worth a word: warnings, such as triples no profile took. */
  static List<Finding> warnings(ProfileRecord record) {
    return record.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }
}

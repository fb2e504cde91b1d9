package eu.clusterdata.model.format;

import eu.clusterdata.model.problem.Message;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a record is in its input: the input's name, the record's number, the line (or, in a
 * workbook, the row of its first sheet) and column it starts at, and the named graph that holds it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * record.location().text(Locale.ENGLISH)   // "export.jsonl record 3 (line 3)"
 * }</pre>
 *
 * @param source the input's name as people know it ({@code export.jsonl}, {@code <stdin>}), or
 *     empty where the reader was not told
 * @param number the record's number, counting from 1 like lines; 0 for the input as a whole
 * @param line the line (or row) the record starts on, counting from 1, or 0 where there is none
 * @param column the column, counting from 1, or 0 where there is none
 * @param graph the IRI of the named graph that holds the record, or {@code null}
 */
public record RecordLocation(
    String source, long number, long line, long column, @Nullable String graph) {

  public RecordLocation {
    Objects.requireNonNull(source, "source");
    if (number < 0 || line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "number, line and column count from 1 (0 for none): "
              + number
              + ", "
              + line
              + ", "
              + column);
    }
  }

  /** The input as a whole, not one of its records: for what stops an input, such as bad syntax. */
  public static RecordLocation wholeInput() {
    return new RecordLocation("", 0, 0, 0, null);
  }

  /** Record {@code number} (from 1), starting on {@code line} (from 1; 0 where there are none). */
  public static RecordLocation record(long number, long line) {
    return new RecordLocation("", number, line, 0, null);
  }

  /** Returns this location in the input named {@code source}. */
  public RecordLocation inSource(String source) {
    return new RecordLocation(source, number, line, column, graph);
  }

  /** Returns this location in the named graph {@code graph}. */
  public RecordLocation inGraph(@Nullable String graph) {
    return new RecordLocation(source, number, line, column, graph);
  }

  /** Returns whether this is the input as a whole rather than one record. */
  public boolean isWholeInput() {
    return number == 0;
  }

  /**
   * Returns the location for people: {@code export.jsonl record 3 (line 3)}, {@code export.trig
   * record 2 (graph <https://...>)}, or just the input's name for the input as a whole.
   */
  public Message message() {
    Message record;
    if (number == 0) {
      return source.isEmpty() ? Message.of("read.input") : Message.plain(source);
    } else if (line > 0) {
      record = Message.of("read.record-line", number, line);
    } else if (graph != null) {
      record = Message.of("read.record-graph", number, graph);
    } else {
      record = Message.of("read.record", number);
    }
    return source.isEmpty() ? record : Message.of("read.in-source", source, record);
  }

  /** Returns the location for people in the language of {@code locale}. */
  public String text(Locale locale) {
    return message().text(locale);
  }

  /** Returns the location for people, in English. */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

package eu.clusterdata.model.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem with an input, as data: what kind, where, and what is wrong. Immutable and
 * thread-safe.
 *
 * @param code the kind of problem, such as {@code json.shape} (see {@link
 *     ClusterDataException#code()})
 * @param path where in the document, such as a JSON path {@code $.memberships[3].actor} or an RDF
 *     subject and property; empty where there is none
 * @param line the line, counted from 1, or 0 where unknown
 * @param column the column, counted from 1, or 0 where unknown
 * @param message what is wrong, rendered in the reader's language by {@link Message#text(Locale)}
 */
public record Problem(String code, String path, long line, long column, Message message) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the message and where, in the language of {@code locale}: {@code missing required field
   * "name" at $.organisation (line 3, column 17)}.
   */
  public String text(Locale locale) {
    Message text = message;
    if (!path.isEmpty()) {
      text = Message.of("problem.path", text, path);
    }
    if (line > 0 && column > 0) {
      text = Message.of("problem.line-column", text, line, column);
    } else if (line > 0) {
      text = Message.of("problem.line", text, line);
    }
    return text.text(locale);
  }

  /** Returns the message and where, in English. */
  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}

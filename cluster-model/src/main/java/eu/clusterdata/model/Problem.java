package eu.clusterdata.model;

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
 * @param column the column in characters, counted from 1, or 0 where unknown
 * @param message what is wrong, in words
 */
public record Problem(String code, String path, long line, long column, String message) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(message);
    if (!path.isEmpty()) {
      text.append(" at ").append(path);
    }
    if (line > 0) {
      text.append(" (line ").append(line);
      if (column > 0) {
        text.append(", column ").append(column);
      }
      text.append(')');
    }
    return text.toString();
  }
}

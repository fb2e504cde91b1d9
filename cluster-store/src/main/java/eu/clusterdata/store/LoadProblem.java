package eu.clusterdata.store;

import java.util.Objects;

/**
 * A record a bulk load did not store, and why.
 *
 * @param index the record's position in the source, counting from 0, or -1 for the source as a
 *     whole
 * @param line the line the record starts on, counting from 1, or 0 if the source has no lines
 * @param message what is wrong and where
 */
public record LoadProblem(long index, long line, String message) {

  public LoadProblem {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    String where = index < 0 ? "source" : "record " + (index + 1);
    return where + (line > 0 ? " (line " + line + ")" : "") + ": " + message;
  }
}

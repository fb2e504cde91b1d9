package eu.clusterdata.json;

import java.util.Objects;

/**
 * One thing wrong with the shape of a JSON document: where (a JSON path such as {@code
 * $.memberships[3].actor}, and the line and column) and what was expected instead of what was
 * found.
 *
 * @param path the JSON path of the offending value, or of the object that lacks a field
 * @param message what is wrong, naming what was expected and what was found
 * @param line the line, counting from 1
 * @param column the column, counting from 1
 */
public record JsonProblem(String path, String message, int line, int column) {

  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message + " at " + path + " (line " + line + ", column " + column + ")";
  }
}

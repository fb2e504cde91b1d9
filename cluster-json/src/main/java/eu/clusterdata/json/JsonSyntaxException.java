package eu.clusterdata.json;

import eu.clusterdata.model.Problem;
import java.util.List;

/**
 * The input is not well-formed JSON (or not UTF-8, or has a duplicate key): reading stopped at the
 * given line and column.
 */
public class JsonSyntaxException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  private final String detail;
  private final int line;
  private final int column;

  public JsonSyntaxException(String message, int line, int column, Throwable cause) {
    this("json.syntax", message, line, column, cause);
  }

  JsonSyntaxException(String code, String message, int line, int column, Throwable cause) {
    super(code, message + " at line " + line + ", column " + column, cause);
    this.detail = message;
    this.line = line;
    this.column = column;
  }

  /** Returns the line of the error, counting from 1. */
  public int line() {
    return line;
  }

  /** Returns the column of the error, counting from 1. */
  public int column() {
    return column;
  }

  @Override
  public List<Problem> problems() {
    return List.of(new Problem(code(), "", line, column, detail));
  }
}

package eu.clusterdata.json;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input is not well-formed JSON (or not UTF-8, or has a duplicate key): reading stopped at the
 * given line and column.
 */
public class JsonSyntaxException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong
   * @param path the JSON path where reading stopped, or empty
   * @param line the line, counting from 1
   * @param column the column in characters, counting from 1, or 0 if unknown
   * @param cause the parser's exception, or {@code null}
   */
  public JsonSyntaxException(
      Message message, String path, long line, long column, @Nullable Throwable cause) {
    this("json.syntax", message, path, line, column, cause);
  }

  /**
   * Creates an exception of another code than {@code json.syntax}: {@code json.encoding} for an
   * input that is not UTF-8.
   */
  public JsonSyntaxException(
      String code,
      Message message,
      String path,
      long line,
      long column,
      @Nullable Throwable cause) {
    super(code, List.of(new Problem(code, path, line, column, message)), cause);
  }

  /** Returns the line of the error, counting from 1. */
  public long line() {
    return problems().get(0).line();
  }

  /** Returns the column of the error in characters, counting from 1, or 0 if unknown. */
  public long column() {
    return problems().get(0).column();
  }
}

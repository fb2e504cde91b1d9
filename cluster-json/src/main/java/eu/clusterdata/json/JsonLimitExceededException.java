package eu.clusterdata.json;

import eu.clusterdata.model.problem.Message;
import org.jspecify.annotations.Nullable;

/**
 * The input exceeds one of the {@link JsonLimits} (size, nesting depth, length of a string or a
 * number), which guard against hostile input; reading stopped at the given line and column. The
 * message names the limit, its value, and how to raise it.
 */
public class JsonLimitExceededException extends JsonSyntaxException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message which limit, its value, and how to raise it
   * @param path the JSON path of the value beyond the limit, or empty
   * @param line the line, counting from 1
   * @param column the column in characters, counting from 1, or 0 if unknown
   * @param cause the parser's exception, or {@code null}
   */
  public JsonLimitExceededException(
      Message message, String path, long line, long column, @Nullable Throwable cause) {
    super("json.limit", message, path, line, column, cause);
  }
}

package eu.clusterdata.json;

/**
 * The input exceeds one of the {@link JsonLimits} (size, nesting depth, length of a string or a
 * number), which guard against hostile input; reading stopped at the given line and column.
 */
public class JsonLimitExceededException extends JsonSyntaxException {

  private static final long serialVersionUID = 1L;

  public JsonLimitExceededException(String message, int line, int column, Throwable cause) {
    super("json.limit", message, line, column, cause);
  }
}

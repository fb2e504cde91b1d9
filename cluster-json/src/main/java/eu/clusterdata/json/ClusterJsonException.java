package eu.clusterdata.json;

/**
 * The root of the exceptions this module throws for input it cannot read: {@link
 * JsonSyntaxException} for broken JSON, {@link JsonShapeException} for valid JSON of the wrong
 * shape, {@link UnsupportedFormatVersionException} for a document of an unknown format version and
 * {@link JsonLimitExceededException} for input beyond the configured limits. Every message says
 * where: a line and column, a JSON path, or both.
 */
public class ClusterJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClusterJsonException(String message) {
    super(message);
  }

  public ClusterJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}

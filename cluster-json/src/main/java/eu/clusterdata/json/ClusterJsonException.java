package eu.clusterdata.json;

import eu.clusterdata.model.ClusterDataException;

/**
 * The root of the exceptions this module throws for input it cannot read: {@link
 * JsonSyntaxException} for broken JSON, {@link JsonShapeException} for valid JSON of the wrong
 * shape, {@link UnsupportedFormatVersionException} for a document of an unknown format version and
 * {@link JsonLimitExceededException} for input beyond the configured limits. Every message says
 * where: a line and column, a JSON path, or both.
 */
public class ClusterJsonException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  public ClusterJsonException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}

package eu.clusterdata.json;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The root of the exceptions this module throws for input it cannot read: {@link
 * JsonSyntaxException} for broken JSON, {@link JsonShapeException} for valid JSON of the wrong
 * shape, {@link UnsupportedFormatVersionException} for a document of an unknown format version and
 * {@link JsonLimitExceededException} for input beyond the configured limits. Every message says
 * where: a line and column, a JSON path, or both.
 */
public class ClusterJsonException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with these problems.
   *
   * @param code the kind of problem, such as {@code json.shape}
   * @param problems the problems, in document order; at least one
   * @param cause the underlying exception, or {@code null}
   */
  public ClusterJsonException(String code, List<Problem> problems, @Nullable Throwable cause) {
    super(code, problems, cause);
  }
}

package eu.clusterdata.rdf;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The root of the exceptions this module throws for RDF it cannot read: {@link RdfSyntaxException}
 * for input that is not well-formed, {@link RdfMappingException} for data that does not describe
 * profiles as mapped.
 */
public class ClusterRdfException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with these problems.
   *
   * @param code the kind of problem, such as {@code rdf.mapping}
   * @param problems the problems; at least one
   * @param cause the underlying exception, or {@code null}
   */
  public ClusterRdfException(String code, List<Problem> problems, @Nullable Throwable cause) {
    super(code, problems, cause);
  }
}

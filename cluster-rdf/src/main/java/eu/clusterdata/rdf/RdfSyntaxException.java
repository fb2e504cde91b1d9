package eu.clusterdata.rdf;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input is not well-formed in its RDF syntax, or exceeds a limit, or names something this
 * library never fetches (a remote JSON-LD context, an external XML entity). Reading stopped at the
 * given line and column, where the parser knows them.
 */
public class RdfSyntaxException extends ClusterRdfException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong
   * @param line the line, counting from 1, or 0 or less if unknown
   * @param column the column, counting from 1, or 0 or less if unknown
   * @param cause the parser's exception, or {@code null}
   */
  public RdfSyntaxException(Message message, long line, long column, @Nullable Throwable cause) {
    super(
        "rdf.syntax",
        List.of(new Problem("rdf.syntax", "", Math.max(0, line), Math.max(0, column), message)),
        cause);
  }

  /** Returns the line, counting from 1, or 0 if unknown. */
  public long line() {
    return problems().get(0).line();
  }

  /** Returns the column, counting from 1, or 0 if unknown. */
  public long column() {
    return problems().get(0).column();
  }
}

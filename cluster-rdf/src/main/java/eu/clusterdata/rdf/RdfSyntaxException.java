package eu.clusterdata.rdf;

import eu.clusterdata.model.Problem;
import java.util.List;

/**
 * The input is not well-formed in its RDF syntax, or exceeds a limit, or names something this
 * library never fetches (a remote JSON-LD context, an external XML entity). Reading stopped at the
 * given line and column, where the parser knows them.
 */
public class RdfSyntaxException extends ClusterRdfException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;
  private final String detail;

  public RdfSyntaxException(String message, long line, long column, Throwable cause) {
    super(
        "rdf.syntax",
        message + (line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : ""),
        cause);
    this.line = line;
    this.column = column;
    this.detail = message;
  }

  @Override
  public List<Problem> problems() {
    return List.of(new Problem(code(), "", Math.max(0, line), Math.max(0, column), detail));
  }

  /** Returns the line, counting from 1, or -1 if unknown. */
  public long line() {
    return line;
  }

  /** Returns the column, counting from 1, or -1 if unknown. */
  public long column() {
    return column;
  }
}

package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.rdf.RdfSyntaxException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Stops a parse at its first problem, warnings included (a malformed IRI is a warning to Jena but
 * bad data to us), with the parser's line and column.
 */
public final class StrictErrorHandler implements ErrorHandler {

  @Override
  public void warning(String message, long line, long col) {
    throw new RdfSyntaxException(Message.of("rdf.syntax", message), line, col, null);
  }

  @Override
  public void error(String message, long line, long col) {
    throw new RdfSyntaxException(Message.of("rdf.syntax", message), line, col, null);
  }

  @Override
  public void fatal(String message, long line, long col) {
    throw new RdfSyntaxException(Message.of("rdf.syntax", message), line, col, null);
  }
}

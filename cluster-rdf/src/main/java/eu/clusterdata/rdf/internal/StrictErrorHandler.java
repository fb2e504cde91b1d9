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
    throw new RdfSyntaxException(why(message), line, col, null);
  }

  @Override
  public void error(String message, long line, long col) {
    throw new RdfSyntaxException(why(message), line, col, null);
  }

  @Override
  public void fatal(String message, long line, long col) {
    throw new RdfSyntaxException(why(message), line, col, null);
  }

  /**
   * The parser's message, or ours where the JDK's is about its limits, not the syntax: an XML
   * document whose entities expand beyond the JDK's limit (JAXP00010001, "billion laughs").
   */
  private static Message why(String message) {
    return message.contains("JAXP00010001")
        ? Message.of("rdf.syntax.entity-expansion")
        : Message.of("rdf.syntax", message);
  }
}

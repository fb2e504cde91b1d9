package eu.clusterdata.rdf;

/**
 * The root of the exceptions this module throws for RDF it cannot read: {@link RdfSyntaxException}
 * for input that is not well-formed, {@link RdfMappingException} for data that does not describe
 * profiles as mapped.
 */
public class ClusterRdfException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClusterRdfException(String message, Throwable cause) {
    super(message, cause);
  }
}

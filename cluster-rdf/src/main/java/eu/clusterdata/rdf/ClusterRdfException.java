package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterDataException;

/**
 * The root of the exceptions this module throws for RDF it cannot read: {@link RdfSyntaxException}
 * for input that is not well-formed, {@link RdfMappingException} for data that does not describe
 * profiles as mapped.
 */
public class ClusterRdfException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  public ClusterRdfException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}

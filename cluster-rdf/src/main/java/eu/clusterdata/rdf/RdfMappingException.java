package eu.clusterdata.rdf;

import eu.clusterdata.model.Message;
import eu.clusterdata.model.Problem;
import java.util.List;

/**
 * RDF that does not describe a profile as this library maps it: a required property is missing, a
 * value has the wrong datatype or form, a property has two values where one is allowed, triples but
 * no profile at all, or (if the caller chose so) a triple the mapping does not know. The problem's
 * path names the subject and the property.
 */
public class RdfMappingException extends ClusterRdfException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String property;

  /**
   * Creates an exception.
   *
   * @param subject the subject, described, or {@code null}
   * @param property the property as {@code <iri>}, or {@code null}
   * @param message what is wrong
   */
  public RdfMappingException(String subject, String property, Message message) {
    this("rdf.mapping", subject, property, message);
  }

  RdfMappingException(String code, String subject, String property, Message message) {
    super(code, List.of(new Problem(code, path(subject, property), 0, 0, message)), null);
    this.subject = subject;
    this.property = property;
  }

  private static String path(String subject, String property) {
    return ((subject == null ? "" : subject) + " " + (property == null ? "" : property)).strip();
  }

  /** Returns the subject, as {@code <iri>} or {@code _:label}, or null. */
  public String subject() {
    return subject;
  }

  /** Returns the property, as {@code <iri>}, or null. */
  public String property() {
    return property;
  }
}

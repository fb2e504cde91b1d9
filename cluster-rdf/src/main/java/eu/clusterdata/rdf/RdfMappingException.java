package eu.clusterdata.rdf;

import eu.clusterdata.model.Problem;
import java.util.List;

/**
 * RDF that does not describe a profile as this library maps it: a required property is missing, a
 * value has the wrong datatype or form, a property has two values where one is allowed, or (if the
 * caller chose so) a triple the mapping does not know. The message names the subject and the
 * property.
 */
public class RdfMappingException extends ClusterRdfException {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String property;
  private final String detail;

  public RdfMappingException(String subject, String property, String message) {
    super(
        "rdf.mapping",
        (subject == null ? "" : subject + " ")
            + (property == null ? "" : property + ": ")
            + message,
        null);
    this.subject = subject;
    this.property = property;
    this.detail = message;
  }

  /** Returns the problem, its path the subject and the property. */
  @Override
  public List<Problem> problems() {
    String path =
        ((subject == null ? "" : subject) + " " + (property == null ? "" : property)).strip();
    return List.of(new Problem(code(), path, 0, 0, detail));
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

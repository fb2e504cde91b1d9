package eu.clusterdata.rdf;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RDF that does not describe a profile as this library maps it: a required property is missing, a
 * value has the wrong datatype or form, a property has two values where one is allowed, triples but
 * no profile at all, or (if the caller chose so) a triple the mapping does not know. It lists every
 * problem found in the profile, each once; a problem's path names the subject and the property,
 * such as {@code <https://example.org/c> skos:prefLabel}.
 */
public class RdfMappingException extends ClusterRdfException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with one problem.
   *
   * @param subject the subject, described, or {@code null}
   * @param property the property, as {@code <iri>} or a prefixed name, or {@code null}
   * @param message what is wrong
   */
  public RdfMappingException(@Nullable String subject, @Nullable String property, Message message) {
    this("rdf.mapping", subject, property, message);
  }

  /**
   * Creates an exception with these problems: every problem of one profile.
   *
   * @param problems the problems; at least one
   */
  public RdfMappingException(List<Problem> problems) {
    super("rdf.mapping", problems, null);
  }

  RdfMappingException(
      String code, @Nullable String subject, @Nullable String property, Message message) {
    super(code, List.of(new Problem(code, path(subject, property), 0, 0, message)), null);
  }

  private static String path(@Nullable String subject, @Nullable String property) {
    return ((subject == null ? "" : subject) + " " + (property == null ? "" : property)).strip();
  }
}

package eu.clusterdata.model.validation;

import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.Iri;
import java.util.List;

/**
 * A profile that a door of the library refused to write or store because the {@link
 * IntegrityPolicy} found errors in it: each error is one of its {@linkplain #problems() problems},
 * with the rule's code, the path in the profile and the message. Nothing was written or stored.
 *
 * <pre>{@code
 * try {
 *   store.put(profile);
 * } catch (InvalidProfileException e) {
 *   e.findings().forEach(f -> System.err.println(f.path() + ": " + f.message()));
 * }
 * }</pre>
 */
public class InvalidProfileException extends ClusterDataException {

  private static final long serialVersionUID = 1L;

  private final Iri profile;
  private final transient List<Finding> findings;

  /**
   * Creates the exception.
   *
   * @param profile the identifier of the profile's organisation
   * @param findings the errors that refuse it; at least one
   */
  public InvalidProfileException(Iri profile, List<Finding> findings) {
    super(
        "profile.invalid",
        Message.of("profile.invalid", profile.value(), findings.size()),
        findings.stream().map(Finding::asProblem).toList(),
        null);
    this.profile = profile;
    this.findings = List.copyOf(findings);
  }

  /** Returns the identifier of the refused profile's organisation. */
  public Iri profile() {
    return profile;
  }

  /** Returns the errors that refuse the profile, in the order the validator reports them. */
  public List<Finding> findings() {
    return findings;
  }
}

package eu.clusterdata.model.validation;

import eu.clusterdata.model.ClusterProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one policy every door of the library follows before it writes or stores a profile: nothing
 * invalid leaves the library unless the caller explicitly asks. It has three layers, and every door
 * (the writers, {@code ProfileSink}, {@code ProfileStore.put}, {@code replace} and bulk loads, the
 * {@code clusterdata} command, the Spring Boot integration) applies all three alike:
 *
 * <ol>
 *   <li><b>Values</b> that can never be valid (an identifier that is not an absolute IRI, a NUTS
 *       code of the wrong shape, a malformed language tag) cannot be made: the model refuses them
 *       with an {@link eu.clusterdata.model.problem.InvalidValueException}, and readers report them
 *       as problems at their location. No policy turns this off.
 *   <li><b>Formats</b>: a writer refuses a profile its format cannot carry so that the format's
 *       reader reads it back equal (in RDF, two records of a profile with one identifier would
 *       merge), with an {@link InvalidProfileException} that names the profile and the field. No
 *       policy turns this off either: nothing the library's own readers would reject is written.
 *   <li><b>Rules</b>: a profile with an error under the policy's {@link ProfileValidator} (the core
 *       rules by default: listed NUTS and NACE codes, unique identifiers, resolved references...)
 *       is refused, or skipped and reported where the door offers that. Only this layer can be
 *       turned off, and only explicitly: {@link #unchecked()}.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * IntegrityPolicy.standard().require(profile);                 // core rules; throws if any error
 * IntegrityPolicy.checkedBy(ProfileValidator.builder().ruleSets(RuleSet.ECCP).build());
 * IntegrityPolicy.unchecked();                                 // the explicit opt-out of rules
 * }</pre>
 */
public final class IntegrityPolicy {

  private static final IntegrityPolicy STANDARD = new IntegrityPolicy(ProfileValidator.core());
  private static final IntegrityPolicy UNCHECKED = new IntegrityPolicy(null);

  private final @Nullable ProfileValidator validator;

  private IntegrityPolicy(@Nullable ProfileValidator validator) {
    this.validator = validator;
  }

  /** The default of every door: a profile with an error under the core rules is refused. */
  public static IntegrityPolicy standard() {
    return STANDARD;
  }

  /**
   * A profile with an error under {@code validator}'s rule sets (core always included) is refused.
   */
  public static IntegrityPolicy checkedBy(ProfileValidator validator) {
    return new IntegrityPolicy(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * The explicit opt-out: profiles are written and stored whatever the rules find. Values and what
   * the format needs are still required (layers 1 and 2 above).
   */
  public static IntegrityPolicy unchecked() {
    return UNCHECKED;
  }

  /** Returns the validator whose errors refuse a profile; empty when {@link #unchecked()}. */
  public Optional<ProfileValidator> validator() {
    return Optional.ofNullable(validator);
  }

  /** Returns whether this is the explicit opt-out of the rules. */
  public boolean isUnchecked() {
    return validator == null;
  }

  /**
   * Returns the errors that refuse {@code profile}, in the validator's order; empty when it may be
   * written and stored.
   */
  public List<Finding> errors(ClusterProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return validator == null ? List.of() : validator.validate(profile).errors();
  }

  /**
   * Checks {@code profile} and returns it if it may be written and stored.
   *
   * @throws InvalidProfileException if the rules find errors in it
   */
  public ClusterProfile require(ClusterProfile profile) {
    List<Finding> errors = errors(profile);
    if (!errors.isEmpty()) {
      throw new InvalidProfileException(profile.organisation().id(), errors);
    }
    return profile;
  }

  @Override
  public String toString() {
    return validator == null ? "unchecked" : "checked by " + validator.ruleSets();
  }
}

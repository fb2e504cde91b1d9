package eu.clusterdata.model.validation;

/**
 * How a {@link ProfileValidator} checks the constraints that the model's annotations declare. Both
 * give the same findings at the same paths; the rules that span a profile (references, unique
 * identifiers, the ECCP and EUCLES rules) run the same way under either.
 */
public enum ConstraintEngine {
  /**
   * The library's own single pass over the profile, driven by the model description. The default:
   * it costs a fraction of a read and starts at once.
   */
  BUILT_IN,
  /**
   * Jakarta Bean Validation through Hibernate Validator, for users who add constraint annotations
   * of their own or want the reference engine. Hibernate Validator starts on first use.
   */
  BEAN_VALIDATION
}

package eu.clusterdata.model.validation;

/** How serious a {@link Finding} is. Only errors make a profile fail to conform. */
public enum Severity {
  /** The profile breaks a rule; it does not conform. */
  ERROR,
  /** Something is probably wrong or missing, but the profile still conforms. */
  WARNING,
  /** Worth knowing, such as a code that is not in the reference list. */
  INFO
}

package eu.clusterdata.model.validation;

/** A group of rules a caller can choose; {@link #CORE} always applies. */
public enum RuleSet {
  /** The model's own rules: well-formed values, unique identifiers, resolved references. */
  CORE,
  /** The ECCP listing criteria: team, English website, 15 members, two member types. */
  ECCP,
  /** The EUCLES label rules: validity, Silver after Bronze, Gold score. */
  EUCLES,
  /**
   * Publishing a profile: no personal data of natural persons (GDPR). Add it for profiles meant for
   * a public platform or an open-data export.
   */
  PUBLICATION
}

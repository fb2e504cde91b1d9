package eu.clusterdata.json;

/** What a reader does with a field the format does not define. */
public enum UnknownFields {
  /**
   * Reject it, with a "did you mean" hint when it is a likely misspelling (the default). Namespaced
   * fields, whose names are IRIs, are always kept as extensions.
   */
  REJECT,
  /**
   * Keep it as an extension of the profile, organisation, actor, service, project or practice
   * example it stands in, so that it survives a round trip. Likely misspellings of known fields are
   * still rejected, and the small value objects (addresses, periods, labels...) cannot keep extra
   * fields, so unknown fields there are still rejected.
   */
  KEEP
}

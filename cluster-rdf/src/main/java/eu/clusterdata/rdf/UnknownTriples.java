package eu.clusterdata.rdf;

/** What a reader does with triples the mapping does not know. */
public enum UnknownTriples {
  /**
   * Keep them: as extensions of the profile, organisation, actor, service, project or practice
   * example they describe, so that they are written back unchanged; triples that cannot be kept
   * that way (on other nodes, or with blank-node objects) are listed in {@link
   * RdfDocument#unmapped()}. The default.
   */
  KEEP,
  /** Reject the input with an {@link RdfMappingException} naming the first such triple. */
  REJECT
}

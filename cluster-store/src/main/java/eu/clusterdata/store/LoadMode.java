package eu.clusterdata.store;

/** What a bulk load does with a bad record or a failed write. */
public enum LoadMode {
  /**
   * All or nothing: if any record is bad or any write fails, the store is left exactly as it was
   * and the load throws, reporting every bad record it found.
   */
  ATOMIC,
  /**
   * Loads every good record and reports each bad one, and each record whose write failed, with its
   * index. Records are written in batches; a batch is stored whole or not at all.
   */
  SKIP_BAD
}

package eu.clusterdata.model.codes;

/** The cluster management labels that EUCLES awards; a closed code list. */
public enum LabelLevel implements Coded {
  /** "Striving for Cluster Excellence": a benchmarking on 36 indicators. */
  BRONZE,
  /** A second benchmarking 1.5 to 2 years after the first, with validated improvement. */
  SILVER,
  /** "Cluster Management Excellence": an on-site assessment scoring at least 80%. */
  GOLD
}

package eu.clusterdata.model.codes;

/** The kind of network or partnership a cluster organisation belongs to; a closed code list. */
public enum PartnershipType implements Coded {
  /** A regional alliance of clusters, such as ClusterAllianz.NRW. */
  REGIONAL_CLUSTER_NETWORK,
  /** A Eurocluster funded by the Single Market Programme. */
  EUROCLUSTER,
  /** A European Strategic Cluster Partnership (ESCP). */
  EUROPEAN_STRATEGIC_CLUSTER_PARTNERSHIP,
  /** A thematic Smart Specialisation (S3) partnership. */
  S3_PARTNERSHIP,
  /** A bilateral or other interregional partnership. */
  INTERREGIONAL_PARTNERSHIP
}

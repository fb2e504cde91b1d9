package eu.clusterdata.model;

/** Whether a {@link PartnershipInterest} is something a cluster offers or seeks. */
public enum InterestDirection implements Coded {
  /** The cluster offers it to partners. */
  OFFER,
  /** The cluster seeks it from partners. */
  REQUEST
}

package eu.clusterdata.model.codes;

import eu.clusterdata.model.PartnershipInterest;

/** Whether a {@link PartnershipInterest} is something a cluster offers or seeks. */
public enum InterestDirection implements Coded {
  /** The cluster offers it to partners. */
  OFFER,
  /** The cluster seeks it from partners. */
  REQUEST
}

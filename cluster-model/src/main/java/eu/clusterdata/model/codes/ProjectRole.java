package eu.clusterdata.model.codes;

import eu.clusterdata.model.Project;

/** The cluster organisation's role in a funded {@link Project}; a closed code list. */
public enum ProjectRole implements Coded {
  /** It coordinates the project. */
  COORDINATOR,
  /** It is one of the beneficiaries. */
  PARTNER,
  /** It takes part as a linked or third party, without a grant of its own. */
  THIRD_PARTY
}

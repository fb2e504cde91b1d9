package eu.clusterdata.model.codes;

/** The role an actor has in a cluster organisation; a closed code list. */
public enum MembershipRole implements Coded {
  MEMBER,
  FOUNDING_MEMBER,
  BOARD_MEMBER,
  ASSOCIATE_MEMBER,
  /** A partner without formal membership; does not count towards the ECCP member criteria. */
  PARTNER;

  /** Returns whether this role is a committed membership in the ECCP's sense. */
  public boolean isCommittedMember() {
    return this != PARTNER;
  }
}

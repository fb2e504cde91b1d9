package eu.clusterdata.model.codes;

/** The size class of a company; a closed code list. */
public enum CompanySize implements Coded {
  /** A young, innovative company, whatever its head count. */
  STARTUP,
  /** A small or medium-sized enterprise in the EU's sense (fewer than 250 staff). */
  SME,
  /** A large company. */
  LARGE
}

package eu.clusterdata.model.codes;

/**
 * The member types of the ECCP's triple-helix criterion: a cluster listed on the ECCP has members
 * of at least two of them.
 */
public enum HelixSector implements Coded {
  INDUSTRY,
  RESEARCH_AND_UNIVERSITIES,
  PUBLIC_BODIES,
  CIVIL_SOCIETY
}

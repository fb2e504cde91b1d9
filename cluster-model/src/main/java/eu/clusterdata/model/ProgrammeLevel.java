package eu.clusterdata.model;

/** The level of government that runs a cluster programme; a closed code list. */
public enum ProgrammeLevel implements Coded {
  REGIONAL,
  NATIONAL,
  EUROPEAN
}

package eu.clusterdata.model.codes;

/** The level of government that runs a cluster programme; a closed code list. */
public enum ProgrammeLevel implements Coded {
  REGIONAL,
  NATIONAL,
  EUROPEAN
}

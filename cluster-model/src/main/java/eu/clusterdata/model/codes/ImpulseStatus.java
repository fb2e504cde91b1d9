package eu.clusterdata.model.codes;

/** How far a cluster has got with an impulse it takes up; a closed code list. */
public enum ImpulseStatus implements Coded {
  PLANNED,
  IN_PROGRESS,
  IMPLEMENTED,
  DISCONTINUED
}

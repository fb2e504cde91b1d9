package eu.clusterdata.model.description;

/** How many values a component holds. */
public enum Cardinality {
  /** One value, or none where the component is nullable. */
  ONE,
  /** A list: possibly empty, never {@code null}. */
  LIST,
  /** A set: possibly empty, never {@code null}, iterating in a fixed order. */
  SET
}

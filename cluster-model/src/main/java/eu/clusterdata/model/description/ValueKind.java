package eu.clusterdata.model.description;

/** What kind of value a component holds (each element of it, for a list or set). */
public enum ValueKind {
  /** A {@link Scalar}. */
  SCALAR,
  /** A constant of an enum (a closed code list). */
  ENUM,
  /** A model record with a {@link RecordType} of its own. */
  RECORD,
  /** A {@code MultilingualText}: text per language tag. */
  TEXT,
  /** A platform's {@code Extensions}: namespaced properties carried through unread. */
  EXTENSIONS
}

package eu.clusterdata.json;

import eu.clusterdata.model.format.ProfileFormat;

/** How a collection of profiles (an export) is laid out. */
public enum CollectionFormat {
  /** One JSON array of profile documents. */
  JSON_ARRAY,
  /** JSON Lines: one profile document per line, UTF-8, lines ending in {@code \n}. */
  JSON_LINES;

  /** Returns the format a file name suggests: {@code .jsonl} or {@code .ndjson} are JSON Lines. */
  public static CollectionFormat forFileName(String name) {
    return ProfileFormat.forFileName(name).filter(f -> f == ProfileFormat.JSON_LINES).isPresent()
        ? JSON_LINES
        : JSON_ARRAY;
  }
}

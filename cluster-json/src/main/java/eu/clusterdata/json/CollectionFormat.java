package eu.clusterdata.json;

/** How a collection of profiles (an export) is laid out. */
public enum CollectionFormat {
  /** One JSON array of profile documents. */
  JSON_ARRAY,
  /** JSON Lines: one profile document per line, UTF-8, lines ending in {@code \n}. */
  JSON_LINES;

  /** Returns the format a file name suggests: {@code .jsonl} or {@code .ndjson} are JSON Lines. */
  public static CollectionFormat forFileName(String name) {
    return eu.clusterdata.model.format.ProfileFormat.forFileName(name)
            .filter(f -> f == eu.clusterdata.model.format.ProfileFormat.JSON_LINES)
            .isPresent()
        ? JSON_LINES
        : JSON_ARRAY;
  }
}

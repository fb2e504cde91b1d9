package eu.clusterdata.json;

/**
 * Limits that guard readers against hostile input. The defaults are far beyond any honest profile,
 * and a collection of any size (1 GB and more) passes them, since they bound each profile, not the
 * whole stream.
 *
 * @param maxProfileBytes the largest profile document, in bytes (default 64 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 100)
 * @param maxStringLength the longest string, in characters (default 1,000,000)
 * @param maxNumberLength the longest number, in characters, as written and as written out in plain
 *     form ({@code 1e400} has 401 digits) (default 100)
 * @param maxNameLength the longest field name, in characters (default 1,000)
 */
public record JsonLimits(
    long maxProfileBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength) {

  /** The default limits. */
  public static final JsonLimits DEFAULTS = new JsonLimits(64L << 20, 100, 1_000_000, 100, 1_000);

  public JsonLimits {
    if (maxProfileBytes < 1
        || maxNestingDepth < 1
        || maxStringLength < 1
        || maxNumberLength < 1
        || maxNameLength < 1) {
      throw new IllegalArgumentException("every limit must be positive: " + this);
    }
  }
}

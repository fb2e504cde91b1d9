package eu.clusterdata.model.internal;

/**
 * Checks many identifiers in a row, as {@link Syntax#isAbsoluteIri(String)} does, faster where they
 * share a prefix: the identifiers of one profile mostly begin with the same namespace, and the part
 * that the last plain {@code http(s)} identifier shares with the next, up to a {@code /} of its
 * path, needs no second look. Not thread-safe: one per walk.
 */
public final class IriCheck {

  private String known;
  private int safe;

  /** Returns whether {@code text} is an absolute {@code http}, {@code https} or {@code urn} IRI. */
  public boolean isValid(String text) {
    if (known != null
        && text.regionMatches(0, known, 0, safe)
        && IriValidator.isPlainPath(text, safe)) {
      return true;
    }
    int prefix = IriValidator.plainPrefix(text);
    if (prefix > 0) {
      known = text;
      safe = prefix;
    }
    return prefix >= 0 || IriValidator.isValidByParser(text);
  }
}

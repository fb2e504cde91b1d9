package eu.clusterdata.model.internal;

import java.util.TreeMap;

/**
 * The entries of one {@code MultilingualText} as a reader collects them, handed to the text, which
 * keeps the map instead of copying it when every tag is already in canonical case: a reader of this
 * library makes one for each text and holds no reference to it afterwards. Not an API for
 * applications, which give a text any map and get it copied.
 */
public final class TextEntries extends TreeMap<String, String> {

  private static final long serialVersionUID = 1L;

  /** Whether every tag is a well-formed language tag in canonical case, and every text is set. */
  public boolean canonical() {
    for (var entry : entrySet()) {
      String tag = entry.getKey();
      if (entry.getValue() == null
          || !Syntax.isLanguageTag(tag)
          || !Syntax.canonicalCase(tag).equals(tag)) {
        return false;
      }
    }
    return true;
  }
}

package eu.clusterdata.model.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A group of rules a caller can choose; {@link #CORE} always applies. */
public enum RuleSet {
  /** The model's own rules: well-formed values, unique identifiers, resolved references. */
  CORE,
  /** The ECCP listing criteria: team, English website, 15 members, two member types. */
  ECCP,
  /** The EUCLES label rules: validity, Silver after Bronze, Gold score. */
  EUCLES,
  /**
   * Publishing a profile: no personal data of natural persons (GDPR). Add it for profiles meant for
   * a public platform or an open-data export.
   */
  PUBLICATION;

  /** Returns the rule set's name as users write it: {@code core}, {@code eccp}... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns every rule set's code, comma-separated: {@code core, eccp, eucles, publication}. */
  public static String codes() {
    return Arrays.stream(values()).map(RuleSet::code).collect(Collectors.joining(", "));
  }

  /**
   * Returns the rule set with this code, ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the code and the codes there are
   */
  public static RuleSet ofCode(String code) {
    for (RuleSet set : values()) {
      if (set.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return set;
      }
    }
    throw new IllegalArgumentException("unknown rule set \"" + code + "\"; use " + codes());
  }
}

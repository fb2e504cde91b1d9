package eu.clusterdata.model.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem the validator found in a profile: which rule, where, the offending value, and a
 * message in English and German. Immutable and thread-safe.
 *
 * @param rule the rule that is broken
 * @param path where in the profile, such as {@code memberships[3].actor}
 * @param value the offending value as text, or {@code null} when the problem is something missing
 * @param messageEnglish the message in English
 * @param messageGerman the message in German
 */
public record Finding(
    Rule rule, String path, String value, String messageEnglish, String messageGerman) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(messageEnglish, "messageEnglish");
    Objects.requireNonNull(messageGerman, "messageGerman");
  }

  /** Returns the severity, which is the rule's. */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns the path without list indices, such as {@code memberships[].actor}, so that findings of
   * the same kind in different records can be grouped. Names in brackets, such as {@code ['de-CH']}
   * in a JSON path, are kept.
   */
  public String pathPattern() {
    return path.replaceAll("\\[[0-9]+\\]", "[]");
  }

  /** Returns the message in German for a German locale, and in English otherwise. */
  public String message(Locale locale) {
    return locale.getLanguage().equals("de") ? messageGerman : messageEnglish;
  }

  @Override
  public String toString() {
    return severity()
        + " "
        + rule.code()
        + " at "
        + (path.isEmpty() ? "(profile)" : path)
        + ": "
        + messageEnglish;
  }
}

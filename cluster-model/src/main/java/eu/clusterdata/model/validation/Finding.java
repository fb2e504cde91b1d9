package eu.clusterdata.model.validation;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem the validator found in a profile: which rule, where, the offending value, and the
 * message key and arguments from which {@link #message(Locale)} renders the message in the reader's
 * language. Immutable and thread-safe.
 *
 * @param rule the rule that is broken
 * @param path where in the profile, such as {@code memberships[3].actor}
 * @param value the offending value as text, or {@code null} when the problem is something missing
 * @param messageKey the key of the message in the message bundles: the rule's code, or a variant of
 *     it such as {@code core.text.blank}
 * @param arguments the message's arguments: the offending value first (which may be {@code null}),
 *     then whatever the message names besides
 */
public record Finding(
    Rule rule, String path, @Nullable String value, String messageKey, List<Object> arguments) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /** Returns a finding of {@code rule} with its own message, the value being the first argument. */
  public static Finding of(Rule rule, String path, @Nullable Object value, Object... more) {
    return withKey(rule, rule.code(), path, value, more);
  }

  /**
   * Returns a finding with the message under {@code messageKey}: the rule's code or a variant of
   * it, such as {@code core.text.blank}.
   */
  public static Finding withKey(
      Rule rule, String messageKey, String path, @Nullable Object value, Object... more) {
    List<Object> arguments = new ArrayList<>(more.length + 1);
    arguments.add(value);
    arguments.addAll(Arrays.asList(more));
    return new Finding(rule, path, value == null ? null : value.toString(), messageKey, arguments);
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

  /**
   * Returns the message in the language of {@code locale}: German for German locales, English for
   * every other (the languages the bundles have).
   */
  public String message(Locale locale) {
    return new Message(messageKey, arguments).text(locale);
  }

  /**
   * Returns this finding as a problem: the rule's code, the path, and the message, rendered in the
   * reader's language when asked.
   */
  public Problem asProblem() {
    return new Problem(rule.code(), path, 0, 0, new Message(messageKey, arguments));
  }

  /** Returns the message in English. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return severity()
        + " "
        + rule.code()
        + " at "
        + (path.isEmpty() ? "(profile)" : path)
        + ": "
        + message();
  }
}

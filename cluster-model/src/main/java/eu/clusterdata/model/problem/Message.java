package eu.clusterdata.model.problem;

import eu.clusterdata.model.internal.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message in the project's words, kept as a key and arguments and rendered in the reader's
 * language when asked: English, or German for German locales. An argument that is itself a {@code
 * Message} is rendered in the same language. Immutable and thread-safe if its arguments are.
 *
 * <pre>{@code
 * problem.message().text(Locale.GERMAN)  // "Pflichtfeld \"name\" fehlt"
 * }</pre>
 *
 * @param key the key in the library's message bundles, such as {@code json.missing-field}
 * @param arguments the values the message names, in order; may contain {@code null}
 */
public record Message(String key, List<@Nullable Object> arguments) {

  public Message {
    Objects.requireNonNull(key, "key");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /** Returns the message under {@code key} with these arguments. */
  public static Message of(String key, @Nullable Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }

  /**
   * Returns a message that is only this text, in whatever language it was written: for text that
   * comes from elsewhere, such as a parser or a server, and that the library cannot translate.
   */
  public static Message plain(String text) {
    return of("text", Objects.requireNonNull(text, "text"));
  }

  /** Returns the message in the language of {@code locale}: German for German, else English. */
  public String text(Locale locale) {
    Object[] rendered = arguments.toArray();
    for (int i = 0; i < rendered.length; i++) {
      if (rendered[i] instanceof Message inner) {
        rendered[i] = inner.text(locale);
      }
    }
    return Messages.format(key, locale, rendered);
  }

  /** Returns the message in English. */
  public String text() {
    return text(Locale.ENGLISH);
  }

  /** Returns the message in English. */
  @Override
  public String toString() {
    return text();
  }
}

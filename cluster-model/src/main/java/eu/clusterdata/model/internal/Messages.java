package eu.clusterdata.model.internal;

import java.text.MessageFormat;
import java.util.Locale;

/** The library's messages (findings, read problems) in English and German. */
public final class Messages {

  private static final Bilingual MESSAGES =
      Bilingual.load(Messages.class, "messages_en.properties", "messages_de.properties");

  private Messages() {}

  /** Returns the message for {@code key} in the language of {@code locale}, with {@code args}. */
  public static String format(String key, Locale locale, Object... args) {
    Locale language = Bilingual.language(locale);
    String pattern = MESSAGES.in(language).getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "no " + language.getDisplayLanguage(Locale.ENGLISH) + " message for " + key);
    }
    return new MessageFormat(pattern, language).format(args);
  }

  /** Returns whether both languages have a message for {@code key}. */
  public static boolean has(String key) {
    return MESSAGES.has(key);
  }
}

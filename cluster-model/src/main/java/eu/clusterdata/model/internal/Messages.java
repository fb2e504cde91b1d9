package eu.clusterdata.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The library's messages (findings, read problems) in English and German. Loaded as plain UTF-8
 * properties rather than through {@code ResourceBundle}, so that the JVM's default locale can never
 * substitute one language for the other: a German locale gets German, every other English.
 */
public final class Messages {

  private static final Properties ENGLISH = load("messages_en.properties");
  private static final Properties GERMAN = load("messages_de.properties");

  private Messages() {}

  /** Returns the message for {@code key} in the language of {@code locale}, with {@code args}. */
  public static String format(String key, Locale locale, Object... args) {
    boolean german = locale.getLanguage().equals("de");
    Properties messages = german ? GERMAN : ENGLISH;
    String pattern = messages.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "no " + (german ? "German" : "English") + " message for " + key);
    }
    return new MessageFormat(pattern, german ? Locale.GERMAN : Locale.ENGLISH).format(args);
  }

  /** Returns whether both languages have a message for {@code key}. */
  public static boolean has(String key) {
    return ENGLISH.containsKey(key) && GERMAN.containsKey(key);
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

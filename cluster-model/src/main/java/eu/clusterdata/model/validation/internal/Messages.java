package eu.clusterdata.model.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The finding messages in English and German. Loaded as plain UTF-8 properties rather than through
 * {@code ResourceBundle}, so that the JVM's default locale can never substitute one language for
 * the other.
 */
public final class Messages {

  private static final Properties ENGLISH = load("messages_en.properties");
  private static final Properties GERMAN = load("messages_de.properties");

  private Messages() {}

  /** Returns the English message for {@code key}, formatted with {@code args}. */
  public static String english(String key, Object... args) {
    return format(ENGLISH, Locale.ENGLISH, key, args);
  }

  /** Returns the German message for {@code key}, formatted with {@code args}. */
  public static String german(String key, Object... args) {
    return format(GERMAN, Locale.GERMAN, key, args);
  }

  /** Returns whether both languages have a message for {@code key}. */
  public static boolean has(String key) {
    return ENGLISH.containsKey(key) && GERMAN.containsKey(key);
  }

  private static String format(Properties messages, Locale locale, String key, Object[] args) {
    String pattern = messages.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException(
          "no " + locale.getDisplayLanguage(Locale.ENGLISH) + " message for " + key);
    }
    return new MessageFormat(pattern, locale).format(args);
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

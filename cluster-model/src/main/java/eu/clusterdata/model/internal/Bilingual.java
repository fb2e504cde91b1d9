package eu.clusterdata.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Texts in the library's two languages, from one UTF-8 properties file each: German for a locale
 * whose language is German, English for every other. Read as plain properties rather than through
 * {@code ResourceBundle}, so that the JVM's default locale can never substitute one language for
 * the other. The model's messages and the command line's words are read so.
 */
public final class Bilingual {

  private final Properties english;
  private final Properties german;

  private Bilingual(Properties english, Properties german) {
    this.english = english;
    this.german = german;
  }

  /**
   * Reads the two files, resources beside {@code owner}.
   *
   * @throws IllegalStateException if either is missing
   */
  public static Bilingual load(Class<?> owner, String englishFile, String germanFile) {
    return new Bilingual(read(owner, englishFile), read(owner, germanFile));
  }

  /** {@link Locale#GERMAN} for a German locale, {@link Locale#ENGLISH} for every other. */
  public static Locale language(Locale locale) {
    return locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
  }

  /** The texts in the language of {@code locale}; not to be changed. */
  public Properties in(Locale locale) {
    return language(locale) == Locale.GERMAN ? german : english;
  }

  /** Whether both languages have a text for {@code key}. */
  public boolean has(String key) {
    return english.containsKey(key) && german.containsKey(key);
  }

  private static Properties read(Class<?> owner, String name) {
    Properties properties = new Properties();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

package eu.clusterdata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the command line's own reports (headings, labels, verdicts) in English and German,
 * from {@code words.properties} and {@code words_de.properties}. The JVM's default locale never
 * chooses the language: German for {@code --lang de}, English otherwise. Read as plain UTF-8
 * properties, and filled in by position ({@code {0}}, {@code {1}}...) without number formats, so
 * that a report costs the command's start-up nothing it does not need.
 */
final class Words {

  private static final Properties ENGLISH = load("words.properties");
  private static final Properties GERMAN = load("words_de.properties");

  private final Locale locale;
  private final Properties words;

  private Words(Locale locale) {
    boolean german = locale.getLanguage().equals("de");
    this.locale = german ? Locale.GERMAN : Locale.ENGLISH;
    this.words = german ? GERMAN : ENGLISH;
  }

  static Words of(Locale locale) {
    return new Words(locale);
  }

  Locale locale() {
    return locale;
  }

  /**
   * The heading of a table's column {@code name} for people: its German words under {@code
   * header.NAME}, or the name itself, which is what CSV and JSON keep whatever the language.
   */
  String header(String name) {
    return words.getProperty("header." + name, name);
  }

  /**
   * A cell of a table's column {@code column} for people: the words for a code, such as {@code
   * gültig} for the validity {@code valid} under {@code value.validity.valid}, or the cell as it
   * is.
   */
  String cell(String column, String value) {
    return words.getProperty("value." + column + "." + value, value);
  }

  /** The words under {@code key}, with {@code args} in place of {@code {0}}, {@code {1}}... */
  String get(String key, Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no words for " + key + " in " + locale);
    }
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        text.append(args[Integer.parseInt(pattern.substring(i + 1, close))]);
        i = close;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
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

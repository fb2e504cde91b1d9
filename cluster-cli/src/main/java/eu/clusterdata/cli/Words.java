package eu.clusterdata.cli;

import eu.clusterdata.model.internal.Bilingual;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The words of the command line's own reports (headings, labels, verdicts) in English and German,
 * from {@code words.properties} and {@code words_de.properties}. The JVM's default locale never
 * chooses the language: German for {@code --lang de}, English otherwise ({@link Bilingual}). Filled
 * in by position ({@code {0}}, {@code {1}}...) without number formats, so that a report costs the
 * command's start-up nothing it does not need.
 */
final class Words {

  private static final Bilingual WORDS =
      Bilingual.load(Words.class, "words.properties", "words_de.properties");

  private final Locale locale;
  private final Properties words;

  private Words(Locale locale) {
    this.locale = Bilingual.language(locale);
    this.words = WORDS.in(locale);
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
   * gültig} for the validity {@code valid} under {@code value.validity.valid}; else the title of a
   * catalogue's code ({@link CodeNames#title}), such as "Dekarbonisierung" for the transformation
   * {@code decarbonisation}; else the cell as it is.
   */
  String cell(String column, String value) {
    String words = this.words.getProperty("value." + column + "." + value);
    if (words != null) {
      return words;
    }
    String title = CodeNames.title(column, value, locale);
    return title == null ? value : title;
  }

  /**
   * The languages to show a text in, best first: the reader's, then English, then German (the
   * languages every profile's texts come in).
   */
  List<String> languages() {
    return Stream.of(locale.getLanguage(), "en", "de").distinct().toList();
  }

  /** Whether there are words for {@code key}. */
  boolean has(String key) {
    return words.getProperty(key) != null;
  }

  /**
   * The words under {@code key}, with {@code args} in place of {@code {0}}, {@code {1}}... A
   * placeholder {@code {0,profile|profiles}} chooses by the number {@code args[0]}: the first form
   * for one, the second for any other number (English and German count alike).
   */
  String get(String key, @Nullable Object... args) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no words for " + key + " in " + locale);
    }
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      String inside = close > i + 1 ? pattern.substring(i + 1, close) : "";
      int comma = inside.indexOf(',');
      String index = comma < 0 ? inside : inside.substring(0, comma);
      if (!index.isEmpty() && index.chars().allMatch(Character::isDigit)) {
        Object arg = args[Integer.parseInt(index)];
        if (comma < 0) {
          text.append(arg);
        } else {
          String[] forms = inside.substring(comma + 1).split("\\|", 2);
          boolean one = arg instanceof Number n && n.longValue() == 1 && n.doubleValue() == 1;
          text.append(one || forms.length == 1 ? forms[0] : forms[1]);
        }
        i = close;
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}

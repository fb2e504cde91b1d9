package eu.clusterdata.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line's own reports (headings, labels, verdicts) in English and German,
 * from {@code words.properties} and {@code words_de.properties}. The JVM's default locale never
 * chooses the language: German for {@code --lang de}, English otherwise.
 */
final class Words {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Words(Locale locale) {
    this.locale = locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
    this.bundle =
        ResourceBundle.getBundle(
            "eu.clusterdata.cli.words",
            this.locale.equals(Locale.GERMAN) ? Locale.GERMAN : Locale.ROOT,
            Words.class.getClassLoader(),
            NO_FALLBACK);
  }

  static Words of(Locale locale) {
    return new Words(locale);
  }

  Locale locale() {
    return locale;
  }

  /** The words under {@code key}, with {@code args} filled in. */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}

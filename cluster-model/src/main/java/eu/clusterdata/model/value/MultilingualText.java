package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.ValidText;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.internal.TextEntries;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Text in one or more languages, keyed by BCP 47 language tag ({@code de}, {@code en}, {@code
 * de-CH}).
 *
 * <p>Entries are kept sorted by tag, so equal texts iterate, print and serialise identically. A
 * text with no entry, or with a tag that is not a well-formed BCP 47 language tag, is refused when
 * it is made; the validator reports a text that is blank in a language. Immutable and thread-safe.
 *
 * <pre>
 * {@code MultilingualText name = MultilingualText.de("Kunststoffland NRW").with("en", "Plastics Land NRW");}
 * </pre>
 *
 * @param values the text per language tag
 */
@ValidText
public record MultilingualText(@NotNull SortedMap<String, String> values) {

  /**
   * @throws InvalidValueException if there is no entry, or a tag is not a BCP 47 language tag
   */
  public MultilingualText {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new InvalidValueException("core.text.empty", "");
    }
    if (values instanceof TextEntries entries && entries.canonical()) {
      values = Collections.unmodifiableSortedMap(entries); // made for this text by a reader
    } else {
      values = Collections.unmodifiableSortedMap(copy(values));
    }
  }

  private static TreeMap<String, String> copy(SortedMap<String, String> values) {
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (tag, text) -> {
          Objects.requireNonNull(tag, "language tag");
          Checks.valid(Syntax.isLanguageTag(tag), "core.text.language", tag);
          String canonical = Syntax.canonicalCase(tag);
          if (copy.put(canonical, Objects.requireNonNull(text, "text")) != null) {
            throw new InvalidValueException("core.text.language.twice", tag);
          }
        });
    return copy;
  }

  /** Returns whether {@code tag} is a well-formed BCP 47 language tag, as every key must be. */
  public static boolean isLanguageTag(String tag) {
    return Syntax.isLanguageTag(tag);
  }

  /**
   * Returns a well-formed language tag in the case BCP 47 recommends, in which this type keeps its
   * tags and RDF stores keep theirs: {@code en-us} is {@code en-US}.
   */
  public static String canonicalTag(String tag) {
    return Syntax.canonicalCase(tag);
  }

  /** Returns the text with the given entries. */
  public static MultilingualText of(Map<String, String> values) {
    return new MultilingualText(new TreeMap<>(values));
  }

  /** Returns a text in one language. */
  public static MultilingualText of(String languageTag, String text) {
    return of(Map.of(languageTag, text));
  }

  /**
   * Returns a text in the language of {@code locale} ({@code Locale.FRENCH}, {@code
   * Locale.forLanguageTag("nl-BE")}).
   */
  public static MultilingualText of(Locale locale, String text) {
    return of(locale.toLanguageTag(), text);
  }

  /** Returns a German text. */
  public static MultilingualText de(String text) {
    return of("de", text);
  }

  /** Returns an English text. */
  public static MultilingualText en(String text) {
    return of("en", text);
  }

  /** Returns a copy with the text for {@code languageTag} added or replaced. */
  public MultilingualText with(String languageTag, String text) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.put(tag(languageTag), text);
    return new MultilingualText(copy);
  }

  /** The tag as this type keeps it, where it is well-formed; the constructor refuses the rest. */
  private static String tag(String languageTag) {
    return Syntax.isLanguageTag(languageTag) ? Syntax.canonicalCase(languageTag) : languageTag;
  }

  /** Returns the text in exactly this language, if there is one. */
  public Optional<String> get(String languageTag) {
    return Optional.ofNullable(values.get(tag(languageTag)));
  }

  /**
   * Returns the text in the first of the preferred languages that has one, or else the text of the
   * first language in tag order.
   */
  public Optional<String> best(List<String> preferredTags) {
    for (String tag : preferredTags) {
      String text = values.get(tag(tag));
      if (text != null) {
        return Optional.of(text);
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.values().iterator().next());
  }

  /** Returns the languages this text is given in, in tag order. */
  public List<String> languages() {
    return List.copyOf(values.keySet());
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.constraints.ValidText;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Text in one or more languages, keyed by BCP 47 language tag ({@code de}, {@code en}, {@code
 * de-CH}).
 *
 * <p>Entries are kept sorted by tag, so equal texts iterate, print and serialise identically. The
 * validator requires at least one entry, well-formed tags and no blank text. Immutable and
 * thread-safe.
 *
 * <pre>
 * {@code MultilingualText name = MultilingualText.de("Kunststoffland NRW").with("en", "Plastics Land NRW");}
 * </pre>
 *
 * @param values the text per language tag
 */
@ValidText
public record MultilingualText(@NotNull SortedMap<String, String> values) {

  public MultilingualText {
    Objects.requireNonNull(values, "values");
    TreeMap<String, String> copy = new TreeMap<>();
    values.forEach(
        (tag, text) ->
            copy.put(
                Objects.requireNonNull(tag, "language tag"), Objects.requireNonNull(text, "text")));
    values = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns the text with the given entries. */
  public static MultilingualText of(Map<String, String> values) {
    return new MultilingualText(new TreeMap<>(values));
  }

  /** Returns a text in one language. */
  public static MultilingualText of(String languageTag, String text) {
    return of(Map.of(languageTag, text));
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
    copy.put(languageTag, text);
    return new MultilingualText(copy);
  }

  /** Returns the text in exactly this language, if there is one. */
  public Optional<String> get(String languageTag) {
    return Optional.ofNullable(values.get(languageTag));
  }

  /**
   * Returns the text in the first of the preferred languages that has one, or else the text of the
   * first language in tag order.
   */
  public Optional<String> best(List<String> preferredTags) {
    for (String tag : preferredTags) {
      String text = values.get(tag);
      if (text != null) {
        return Optional.of(text);
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.firstKey()));
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

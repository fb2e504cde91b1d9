package eu.clusterdata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change of {@link ProfileDiff} in words, for a steward: what it is about (a service by its name,
 * a member count by the title of its type, a field by its name) and its old and new values as text,
 * never as JSON: a text in the reader's language, a catalogue's code by its title, another code or
 * a date as it is, a count with the day it was taken, a record by what names it.
 */
final class ChangeWords {

  /** The fields that name a list element, in the order they are tried. */
  private static final List<String> NAMES =
      List.of(
          "name", "title", "acronym", "level", "type", "impulse", "transformation", "actor", "id");

  /**
   * The fields and lists whose values are catalogue codes with titles, and the column {@link
   * Words#cell} titles them by: a member count's {@code type}, a list of {@code ecosystems}.
   */
  private static final Map<String, String> TITLED =
      Map.of(
          "type", "type",
          "transformation", "transformation",
          "ecosystems", "ecosystem",
          "transformations", "transformation");

  private final Words words;
  private final List<String> languages;

  ChangeWords(Words words) {
    this.words = words;
    this.languages = words.languages();
  }

  /**
   * The change as one line: {@code Service »Matchmaking« removed}, {@code Member count »SME« added:
   * 85 (as of 2026-10-31)}.
   */
  String sentence(ProfileDiff.Change change) {
    String what = what(change);
    if (change.field().isEmpty()) {
      JsonNode element = change.before() == null ? change.after() : change.before();
      String sentence =
          words.get(change.before() == null ? "diff.change.added" : "diff.change.removed", what);
      return element != null && element.path("count").isNumber()
          ? sentence + ": " + value(element)
          : sentence;
    }
    return words.get("diff.change.field", what, value(change.before()), value(change.after()));
  }

  /** What the change is about: the element and the field, or the field of the profile. */
  String what(ProfileDiff.Change change) {
    String list = change.list();
    JsonNode element = change.element();
    if (list == null || element == null) {
      return change.field();
    }
    String name = element.isValueNode() ? code(list, element.asText()) : name(element);
    String thing = item(list) + (name.isEmpty() ? "" : " »" + name + "«");
    return change.field().isEmpty() ? thing : thing + ": " + change.field();
  }

  /** A value as text: {@code (none)}, a string as it is, a text in the reader's language. */
  String value(@Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return words.get("diff.none");
    } else if (value.isValueNode()) {
      return value.asText();
    } else if (isText(value)) {
      return text(value);
    } else if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode element : value) {
        joined.append(joined.length() == 0 ? "" : ", ").append(value(element));
      }
      return joined.toString();
    }
    if (value.path("count").isNumber()) {
      JsonNode asOf = value.path("asOf");
      return asOf.isTextual()
          ? words.get("diff.count", value.get("count").asText(), asOf.asText())
          : value.get("count").asText();
    }
    String name = name(value);
    return name.isEmpty() ? words.get("diff.record") : name;
  }

  /** The singular of a list's name: {@code services} is a Service. */
  private String item(String list) {
    String key = "diff.item." + list;
    return words.has(key) ? words.get(key) : list;
  }

  /** What names a record: its name or title in the reader's language, else a code that does. */
  private String name(JsonNode record) {
    if (record.isValueNode()) {
      return record.asText(); // a code of a list of codes
    }
    for (String field : NAMES) {
      JsonNode value = record.get(field);
      if (value != null && value.isTextual()) {
        return code(field, value.asText());
      } else if (value != null && isText(value)) {
        return text(value);
      }
    }
    return "";
  }

  /**
   * The value of {@code field} (or an element of the list {@code field}): a catalogue's code by its
   * title in the reader's language, any other value as it is.
   */
  private String code(String field, String value) {
    String column = TITLED.get(field);
    return column == null ? value : words.cell(column, value);
  }

  private String text(JsonNode text) {
    for (String language : languages) {
      if (text.path(language).isTextual()) {
        return text.get(language).asText();
      }
    }
    for (Map.Entry<String, JsonNode> first : text.properties()) {
      return first.getValue().asText();
    }
    return "";
  }

  /** Whether {@code value} is a multilingual text: an object of language tags to strings. */
  private static boolean isText(JsonNode value) {
    if (!value.isObject() || value.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (!entry.getValue().isTextual()
          || !entry.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")
          || entry.getKey().toLowerCase(Locale.ROOT).equals("id")) {
        return false;
      }
    }
    return true;
  }
}

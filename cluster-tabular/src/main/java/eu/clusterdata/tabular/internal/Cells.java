package eu.clusterdata.tabular.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.description.Scalar;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsVersion;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Single values as the text of a cell and back: numbers, dates and codes as their interchange form
 * (the same as in JSON), a NACE code as {@code revision:code} ({@code 2.1:62.10}), several values
 * of a set or list in one cell separated by {@code |}, and a platform's extensions as a JSON
 * object.
 */
final class Cells {

  /** Separates the values of one cell; no code, tag or IRI contains it unescaped. */
  static final String SEPARATOR = " | ";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

  private Cells() {}

  /** A cell whose text is not a value of the expected type. */
  static final class BadCell extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Message message;

    BadCell(Message message) {
      super(message.text(), null, false, false);
      this.message = message;
    }
  }

  /** Returns whether values of {@code type} fit in a cell (rather than columns of their own). */
  static boolean isSimple(Class<?> type) {
    if (Scalar.of(type).isPresent() || type.isEnum() || type == NaceCode.class) {
      return true;
    }
    return ModelDescription.describes(type)
        && ModelDescription.of(type.asSubclass(Record.class)).isSingleString();
  }

  /** Returns the text of a simple value. */
  static String format(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    } else if (value instanceof Currency currency) {
      return currency.getCurrencyCode();
    } else if (value instanceof NutsVersion version) {
      return version.label();
    } else if (value instanceof NaceRevision revision) {
      return revision.label();
    } else if (value instanceof Coded code) {
      return code.code();
    } else if (value instanceof NaceCode nace) {
      return nace.revision().label() + ":" + nace.code();
    } else if (value instanceof Record record) {
      return (String) ModelDescription.of(record.getClass()).components().get(0).get(record);
    }
    return value.toString(); // String, Boolean, Integer, Year, LocalDate, Instant
  }

  /** Returns the text of the values of a set or list, in their order. */
  static String formatAll(Iterable<?> values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(format(v)));
    return String.join(SEPARATOR, texts);
  }

  /** Splits a cell of several values. */
  static List<String> split(String text) {
    return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Returns the value of {@code type} that {@code text} (not blank) gives.
   *
   * @throws BadCell saying what was expected
   */
  static Object parse(String cell, Class<?> type) {
    return parse(cell, type, false);
  }

  /**
   * Returns the value of {@code type} that {@code text} (not blank) gives; with {@code
   * decimalComma}, as in a CSV file Excel set to German wrote, a decimal number may have a decimal
   * comma ({@code 2,5}; a point is a decimal point too, never a thousands separator).
   *
   * @throws BadCell saying what was expected
   */
  static Object parse(String cell, Class<?> type, boolean decimalComma) {
    try {
      if (Scalar.of(type).orElse(null) == Scalar.DECIMAL) {
        return decimal(cell.strip(), decimalComma);
      }
      return value(cell, type);
    } catch (InvalidValueException e) {
      throw new BadCell(e.reason()); // a value the model refuses, such as a malformed IRI
    }
  }

  private static final java.util.regex.Pattern GERMAN_DECIMAL =
      java.util.regex.Pattern.compile("-?\\d+,\\d+");

  private static BigDecimal decimal(String text, boolean decimalComma) {
    if (decimalComma && GERMAN_DECIMAL.matcher(text).matches()) {
      return new BigDecimal(text.replace(',', '.'));
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      if (GERMAN_DECIMAL.matcher(text).matches()) {
        throw new BadCell(Message.of("tabular.expected.decimal-comma", text));
      }
      throw bad(text, Message.of("json.expected.number"));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a Coded enum, checked by isEnum and Coded
  private static Object value(String cell, Class<?> type) {
    if (type == String.class) {
      return cell; // texts keep their spaces
    }
    String text = cell.strip();
    Optional<Scalar> scalar = Scalar.of(type);
    if (scalar.isPresent()) {
      return switch (scalar.get()) {
        case STRING -> text;
        case BOOLEAN -> {
          if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            yield Boolean.parseBoolean(text);
          }
          throw bad(text, Message.of("json.expected.boolean"));
        }
        case INTEGER -> parse(text, "json.expected.integer", () -> Integer.valueOf(text));
        case DECIMAL -> parse(text, "json.expected.number", () -> new BigDecimal(text));
        case YEAR -> parse(text, "json.expected.year", () -> Year.parse(text));
        case DATE -> parse(text, "json.expected.date", () -> LocalDate.parse(text));
        case DATE_TIME -> parse(text, "json.expected.date-time", () -> instant(text));
        case CURRENCY -> parse(text, "json.expected.currency", () -> Currency.getInstance(text));
      };
    }
    if (type == NutsVersion.class) {
      return parse(text, "tabular.expected.nuts-version", () -> NutsVersion.ofLabel(text));
    } else if (type == NaceCode.class) {
      int colon = text.indexOf(':');
      NaceRevision revision =
          colon < 0
              ? null
              : Arrays.stream(NaceRevision.values())
                  .filter(r -> r.label().equals(text.substring(0, colon).strip()))
                  .findFirst()
                  .orElse(null);
      if (revision == null) {
        throw bad(text, Message.of("tabular.expected.nace"));
      }
      return new NaceCode(revision, text.substring(colon + 1).strip());
    } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
      try {
        return Coded.fromCode((Class) type, text);
      } catch (IllegalArgumentException e) {
        throw new BadCell(
            Message.of(
                "tabular.unknown-code",
                text,
                words(type.getSimpleName()),
                Coded.codes((Class) type)));
      }
    }
    RecordType<?> record = ModelDescription.of(type.asSubclass(Record.class));
    return record.construct(text);
  }

  /**
   * A date-time with an offset ({@code 2026-12-06T10:00:00Z}), or without one, as a workbook's
   * date-time cell reads ({@code 2026-12-06T10:00}): taken as UTC, since the cell says no zone.
   */
  private static java.time.Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException withoutOffset) {
      return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
    }
  }

  /** A type's name as words: {@code ActorType} is {@code actor type}. */
  private static String words(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private interface Parse {
    Object get();
  }

  private static Object parse(String text, String expected, Parse parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw bad(text, Message.of(expected));
    }
  }

  private static BadCell bad(String text, Message expected) {
    return new BadCell(Message.of("tabular.expected", expected, text));
  }

  /** Returns the extensions as one JSON object, keys sorted. */
  static String json(Extensions extensions) {
    try {
      return JSON.writeValueAsString(extensions.values());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("extensions are plain data", e);
    }
  }

  /** Reads a cell of extensions: a JSON object whose numbers are read as exact decimals. */
  static Extensions extensions(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw bad(text, Message.of("tabular.expected.extensions"));
    }
    if (node == null || !node.isObject()) {
      throw bad(text, Message.of("tabular.expected.extensions"));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) Objects.requireNonNull(plain(node));
    return Extensions.of(values);
  }

  private static @Nullable Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        map.put(field.getKey(), plain(field.getValue()));
      }
      return map;
    } else if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(plain(element)));
      return list;
    } else if (node.isNumber()) {
      return node.decimalValue();
    } else if (node.isBoolean()) {
      return node.booleanValue();
    } else if (node.isNull()) {
      return null;
    }
    return node.asText();
  }
}

package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Currency;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** The codecs of scalar values: strings, booleans, numbers, dates and single-string records. */
final class ScalarCodecs {

  static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String DATE_TIME_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$";

  private ScalarCodecs() {}

  static final Codec<String> STRING =
      text(Message.of("json.expected.string"), t -> t, t -> t, SchemaBuilder::string);

  static final Codec<LocalDate> LOCAL_DATE =
      text(
          Message.of("json.expected.date"),
          ScalarCodecs::localDate,
          Object::toString,
          () -> SchemaBuilder.pattern(DATE_PATTERN).put("format", "date"));

  static final Codec<Instant> INSTANT =
      text(
          Message.of("json.expected.date-time"),
          ScalarCodecs::instant,
          Object::toString,
          () -> SchemaBuilder.pattern(DATE_TIME_PATTERN).put("format", "date-time"));

  static final Codec<Currency> CURRENCY =
      text(
          Message.of("json.expected.currency"),
          Currency::getInstance,
          Currency::getCurrencyCode,
          () -> SchemaBuilder.pattern("^[A-Z]{3}$"));

  static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public @Nullable Boolean read(JsonParser parser, ReadContext context) throws IOException {
          JsonToken token = parser.currentToken();
          if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
          }
          return context.expected(parser, Message.of("json.expected.boolean"));
        }

        @Override
        public void write(JsonGenerator generator, Boolean value) throws IOException {
          generator.writeBoolean(value);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return SchemaBuilder.NODES.objectNode().put("type", "boolean");
        }
      };

  static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public @Nullable BigDecimal read(JsonParser parser, ReadContext context)
            throws IOException {
          if (parser.currentToken().isNumeric()) {
            // Read from the text, so that the exact decimal (and its scale) survives.
            return Numbers.decimal(parser, context);
          }
          return context.expected(parser, Message.of("json.expected.number"));
        }

        @Override
        public void write(JsonGenerator generator, BigDecimal value) throws IOException {
          generator.writeNumber(value);
        }

        @Override
        public ObjectNode schema(SchemaBuilder schemas) {
          return SchemaBuilder.NODES.objectNode().put("type", "number");
        }
      };

  static final Codec<Integer> INTEGER =
      whole(Message.of("json.expected.integer"), n -> true, n -> n, n -> n);

  static final Codec<Year> YEAR =
      whole(
          Message.of("json.expected.year"),
          n -> n >= Year.MIN_VALUE && n <= Year.MAX_VALUE,
          Year::of,
          Year::getValue);

  /**
   * Returns the codec of a value written as a JSON integer (an {@code int}) that {@code valid}
   * accepts.
   */
  private static <T> Codec<T> whole(
      Message expected, IntPredicate valid, IntFunction<T> make, ToIntFunction<T> number) {
    return new Codec<>() {
      @Override
      public @Nullable T read(JsonParser parser, ReadContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT
            && valid.test(parser.getIntValue())) {
          return make.apply(parser.getIntValue());
        }
        return context.expected(parser, expected);
      }

      @Override
      public void write(JsonGenerator generator, T value) throws IOException {
        generator.writeNumber(number.applyAsInt(value));
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        return SchemaBuilder.NODES.objectNode().put("type", "integer");
      }
    };
  }

  /**
   * Returns the codec of a value written as a JSON string: {@code parse} turns the text into the
   * value and may throw {@link IllegalArgumentException} or {@link DateTimeException} for bad text,
   * which is reported as not being {@code expected}.
   */
  static <T> Codec<T> text(
      Message expected,
      Function<String, T> parse,
      Function<T, String> format,
      Supplier<ObjectNode> schema) {
    return new Codec<>() {
      @Override
      public @Nullable T read(JsonParser parser, ReadContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          return context.expected(parser, expected);
        }
        String text = parser.getText();
        try {
          return parse.apply(text);
        } catch (InvalidValueException e) {
          return context.invalid(parser, e);
        } catch (IllegalArgumentException | DateTimeException e) {
          return context.expected(parser, expected);
        }
      }

      @Override
      public void write(JsonGenerator generator, T value) throws IOException {
        generator.writeString(format.apply(value));
      }

      @Override
      public ObjectNode schema(SchemaBuilder schemas) {
        return schema.get();
      }
    };
  }

  /**
   * {@link LocalDate#parse}: the usual {@code yyyy-MM-dd} read by hand, since the formatter makes a
   * map and a dozen objects for each date; anything else, and its errors, are the formatter's.
   */
  static LocalDate localDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day); // a day the month lacks: a DateTimeException too
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits {@code text[from, to)} write, or -1 if one is no such digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }
}

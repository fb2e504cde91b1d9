package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import eu.clusterdata.json.JsonLimitExceededException;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON numbers as exact decimals, within the number-length limit of the parser. The parser
 * limits how long a number is written; this also limits how long it is written out: {@code 1e400}
 * is four characters, but the model keeps decimals in plain form, where it has 401 digits, and
 * {@code 1e1000000000} would take a gigabyte. Such a number is refused like a long one.
 */
final class Numbers {

  private Numbers() {}

  static BigDecimal decimal(JsonParser parser, ReadContext context) throws IOException {
    int limit = parser.streamReadConstraints().getMaxNumberLength();
    BigDecimal value;
    try {
      value = parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      // An exponent beyond what a decimal can hold (1e3333333333): refused like a long number.
      throw tooLong(parser, context, null, limit);
    }
    long integerDigits = Math.max((long) value.precision() - value.scale(), 1);
    long fractionDigits = Math.max(value.scale(), 0);
    if (integerDigits + fractionDigits > limit) {
      throw tooLong(parser, context, integerDigits + fractionDigits, limit);
    }
    return value;
  }

  /** {@code digits} is the length written out, or null for a number beyond any decimal. */
  private static JsonLimitExceededException tooLong(
      JsonParser parser, ReadContext context, @Nullable Long digits, int limit) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    String number = ReadContext.abbreviate(parser.getText());
    return new JsonLimitExceededException(
        digits == null
            ? Message.of("json.limit.number-beyond", number, "number-length")
            : Message.of("json.limit.number-digits", number, digits, limit, "number-length"),
        JsonPaths.of(parser.getParsingContext()),
        context.line(at),
        context.column(at),
        null);
  }
}

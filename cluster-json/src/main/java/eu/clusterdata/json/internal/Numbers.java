package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import eu.clusterdata.json.JsonLimitExceededException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads JSON numbers as exact decimals, within the number-length limit of the parser. The parser
 * limits how long a number is written; this also limits how long it is written out: {@code 1e400}
 * is four characters, but the model keeps decimals in plain form, where it has 401 digits, and
 * {@code 1e1000000000} would take a gigabyte. Such a number is refused like a long one.
 */
final class Numbers {

  private Numbers() {}

  static BigDecimal decimal(JsonParser parser) throws IOException {
    BigDecimal value = parser.getDecimalValue();
    int limit = parser.streamReadConstraints().getMaxNumberLength();
    long integerDigits = Math.max((long) value.precision() - value.scale(), 1);
    long fractionDigits = Math.max(value.scale(), 0);
    if (integerDigits + fractionDigits > limit) {
      JsonLocation at = parser.currentTokenLocation();
      throw new JsonLimitExceededException(
          "the number "
              + parser.getText()
              + " has "
              + (integerDigits + fractionDigits)
              + " digits written out, more than the limit of "
              + limit,
          at.getLineNr(),
          at.getColumnNr(),
          null);
    }
    return value;
  }
}

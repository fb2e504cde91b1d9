package eu.clusterdata.jackson3.internal;

import java.io.IOException;

/**
 * Copies one JSON value token by token between the two Jackson lines: from what the Jackson 2
 * codecs wrote to a Jackson 3 generator, and from a Jackson 3 parser to what the codecs read. No
 * text in between, and numbers keep their kind (a decimal stays a {@code BigDecimal}).
 */
final class TokenCopy {

  private TokenCopy() {}

  /** Copies every token of {@code from} (Jackson 2) to {@code to} (Jackson 3). */
  static void to3(com.fasterxml.jackson.core.JsonParser from, tools.jackson.core.JsonGenerator to)
      throws IOException {
    for (com.fasterxml.jackson.core.JsonToken token = from.nextToken();
        token != null;
        token = from.nextToken()) {
      switch (token) {
        case START_OBJECT -> to.writeStartObject();
        case END_OBJECT -> to.writeEndObject();
        case START_ARRAY -> to.writeStartArray();
        case END_ARRAY -> to.writeEndArray();
        case FIELD_NAME -> to.writeName(from.currentName());
        case VALUE_STRING -> to.writeString(from.getText());
        case VALUE_NUMBER_INT -> {
          switch (from.getNumberType()) {
            case INT -> to.writeNumber(from.getIntValue());
            case LONG -> to.writeNumber(from.getLongValue());
            default -> to.writeNumber(from.getBigIntegerValue());
          }
        }
        case VALUE_NUMBER_FLOAT -> to.writeNumber(from.getDecimalValue());
        case VALUE_TRUE -> to.writeBoolean(true);
        case VALUE_FALSE -> to.writeBoolean(false);
        case VALUE_NULL -> to.writeNull();
        default -> throw new IllegalStateException("the codecs wrote a " + token);
      }
    }
  }

  /**
   * Copies the value {@code from} (Jackson 3) stands at, and nothing after it, to {@code to}
   * (Jackson 2); {@code from} is left on the value's last token, as a deserializer must leave it.
   */
  static void to2(tools.jackson.core.JsonParser from, com.fasterxml.jackson.core.JsonGenerator to)
      throws IOException {
    int depth = 0;
    tools.jackson.core.JsonToken token = from.currentToken();
    if (token == tools.jackson.core.JsonToken.PROPERTY_NAME) {
      token = from.nextToken();
    }
    while (true) {
      switch (token) {
        case START_OBJECT -> {
          to.writeStartObject();
          depth++;
        }
        case END_OBJECT -> {
          to.writeEndObject();
          depth--;
        }
        case START_ARRAY -> {
          to.writeStartArray();
          depth++;
        }
        case END_ARRAY -> {
          to.writeEndArray();
          depth--;
        }
        case PROPERTY_NAME -> to.writeFieldName(from.currentName());
        case VALUE_STRING -> to.writeString(from.getString());
        case VALUE_NUMBER_INT -> {
          // As the parser read it: an int stays an int, so the codecs see what they would see.
          switch (from.getNumberType()) {
            case INT -> to.writeNumber(from.getIntValue());
            case LONG -> to.writeNumber(from.getLongValue());
            default -> to.writeNumber(from.getBigIntegerValue());
          }
        }
        case VALUE_NUMBER_FLOAT -> to.writeNumber(from.getDecimalValue());
        case VALUE_TRUE -> to.writeBoolean(true);
        case VALUE_FALSE -> to.writeBoolean(false);
        case VALUE_NULL -> to.writeNull();
        default -> throw new IllegalStateException("cannot copy a " + token);
      }
      if (depth == 0) {
        return;
      }
      token = from.nextToken();
      if (token == null) {
        return; // the input ended inside the value; the codecs say what is missing
      }
    }
  }
}

package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.internal.Suggestions;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the constants of a closed code list by their stable codes.
 *
 * @param <E> the enum
 */
final class EnumCodec<E extends Enum<E>> implements Codec<E> {

  private final String name;
  private final Map<String, E> byCode = new LinkedHashMap<>();
  private final Map<E, String> codes = new LinkedHashMap<>();

  /** The constants and their codes' characters, to find a code without making a string of it. */
  private final E[] constants;

  private final char[][] codeCharacters;

  EnumCodec(Class<E> type, Function<E, String> code) {
    this.name = type.getSimpleName();
    this.constants = type.getEnumConstants();
    this.codeCharacters = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      E constant = constants[i];
      byCode.put(code.apply(constant), constant);
      codes.put(constant, code.apply(constant));
      codeCharacters[i] = code.apply(constant).toCharArray();
    }
  }

  /** The constant whose code the parser's current text is, or null. */
  private @Nullable E constant(JsonParser parser) throws IOException {
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    for (int i = 0; i < codeCharacters.length; i++) {
      if (Arrays.equals(
          codeCharacters[i], 0, codeCharacters[i].length, text, offset, offset + length)) {
        return constants[i];
      }
    }
    return null;
  }

  @Override
  public @Nullable E read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.expected(
          parser, Message.of("json.expected.one-of", String.join(", ", byCode.keySet())));
    }
    E constant = constant(parser);
    if (constant != null) {
      return constant;
    }
    String text = parser.getText();
    String suggestion = Suggestions.closestName(text, byCode.keySet());
    return context.fail(
        parser,
        suggestion == null
            ? Message.of(
                "json.unknown-code",
                name,
                ReadContext.abbreviate(text),
                String.join(", ", byCode.keySet()))
            : Message.of(
                "json.unknown-code.suggestion",
                name,
                ReadContext.abbreviate(text),
                String.join(", ", byCode.keySet()),
                suggestion));
  }

  @Override
  public void write(JsonGenerator generator, E value) throws IOException {
    generator.writeString(codes.get(value));
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    return schemas.reference(
        name,
        () -> {
          ObjectNode schema = SchemaBuilder.NODES.objectNode();
          ArrayNode values = schema.putArray("enum");
          byCode.keySet().forEach(values::add);
          return schema;
        });
  }
}

package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.internal.TextEntries;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.value.MultilingualText;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Multilingual text as a language map: {@code {"de": "Kunststoff", "en": "Plastics"}}. */
final class TextCodec implements Codec<MultilingualText> {

  static final String LANGUAGE_TAG_PATTERN = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

  @Override
  public @Nullable MultilingualText read(JsonParser parser, ReadContext context)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.expected(parser, Message.of("json.expected.language-map"));
    }
    JsonStreamContext object = parser.getParsingContext(); // where it starts, for its problems
    TextEntries values = new TextEntries(); // the text keeps it: no copy
    boolean failed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String tag = parser.currentName();
      // a tag whose value failed stays in values, with none, to find it given twice
      if (values.containsKey(tag)) {
        throw Duplicates.error(parser, tag);
      }
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        context.expected(parser, Message.of("json.expected.text-in-language", tag));
        values.put(tag, "");
        failed = true;
      } else if (!MultilingualText.isLanguageTag(tag)) {
        context.invalid(parser, new InvalidValueException("core.text.language", tag));
        values.put(tag, "");
        failed = true;
      } else {
        values.put(tag, parser.getText());
      }
    }
    if (failed) {
      return null;
    }
    try {
      return new MultilingualText(values);
    } catch (InvalidValueException e) {
      // After the object's end the parser's context is the parent, which points at the text.
      context.invalid(JsonPaths.of(parser.getParsingContext()), ReadContext.start(object), e);
      return null;
    }
  }

  @Override
  public void write(JsonGenerator generator, MultilingualText value) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, String> entry : value.values().entrySet()) {
      generator.writeStringField(entry.getKey(), entry.getValue());
    }
    generator.writeEndObject();
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    return schemas.reference(
        "MultilingualText",
        () -> {
          ObjectNode schema = SchemaBuilder.NODES.objectNode();
          schema.put("description", "Text by BCP 47 language tag; at least one language.");
          schema.put("type", "object").put("minProperties", 1);
          schema.putObject("propertyNames").put("pattern", LANGUAGE_TAG_PATTERN);
          schema.set("additionalProperties", SchemaBuilder.pattern("\\S"));
          return schema;
        });
  }
}

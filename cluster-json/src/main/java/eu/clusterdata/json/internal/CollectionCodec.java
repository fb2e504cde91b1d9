package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import org.jspecify.annotations.Nullable;

/**
 * Lists, and sets of code-list constants, as JSON arrays.
 *
 * @param <E> the type of the elements
 */
final class CollectionCodec<E> implements Codec<Collection<E>> {

  private final Codec<E> elements;
  private final boolean set;

  CollectionCodec(Codec<E> elements, boolean set) {
    this.elements = elements;
    this.set = set;
  }

  @Override
  public @Nullable Collection<E> read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return context.expected(parser, Message.of("json.expected.array"));
    }
    // A set is collected as one (the record copies it into its own order); a list as one.
    Collection<E> values = set ? new HashSet<>() : new ArrayList<>();
    boolean failed = false;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      E value =
          parser.currentToken() == JsonToken.VALUE_NULL
              ? context.expected(parser, Message.of("json.expected.array-value"))
              : elements.read(parser, context);
      if (value == null) {
        failed = true;
      } else {
        values.add(value);
      }
    }
    if (failed) {
      return null;
    }
    return values;
  }

  @Override
  public void write(JsonGenerator generator, Collection<E> values) throws IOException {
    generator.writeStartArray(values, values.size());
    for (E element : values) {
      elements.write(generator, element);
    }
    generator.writeEndArray();
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    ObjectNode schema = SchemaBuilder.NODES.objectNode().put("type", "array");
    schema.set("items", elements.schema(schemas));
    if (set) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  Codec<E> elements() {
    return elements;
  }
}

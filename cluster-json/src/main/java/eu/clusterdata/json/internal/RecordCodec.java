package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.RecordType;
import eu.clusterdata.model.internal.Suggestions;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A model record as a JSON object whose fields are the record's components, in component order.
 *
 * <p>A field that is absent (or {@code null}) stands for the component's default: {@code null}, an
 * empty list, or the record's "nothing known" value such as {@code Location.UNKNOWN}; the writer
 * leaves defaults out. Fields, their order, which are required and what their absence means all
 * come from the {@link ModelDescription}. A record with an extensions component keeps namespaced
 * fields (whose names are absolute IRIs) in it.
 */
final class RecordCodec<R extends Record> implements Codec<R> {

  /** A field name that is an absolute IRI: a namespaced extension property. */

  /** The names of extensions, as the JSON Schema says them; {@link #namespaced} checks them. */
  private static final String NAMESPACED = "^[A-Za-z][A-Za-z0-9+.-]*:\\S+$";

  /** Handles a field the record does not have; returns whether it consumed the value. */
  interface ExtraField {
    boolean read(String name, JsonParser parser) throws IOException;
  }

  /** A component and its codec, which reads and writes the component's values untyped. */
  private record Field(Codec<Object> codec, Component component) {
    String name() {
      return component.name();
    }

    int index() {
      return component.index();
    }
  }

  private final RecordType<R> type;
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, Field> byName = new LinkedHashMap<>();
  private final int arity;
  private final @Nullable Component extensions;

  RecordCodec(RecordType<R> type, Function<Type, Codec<?>> codecs) {
    this.type = type;
    this.arity = type.components().size();
    if (arity > Long.SIZE) {
      throw new IllegalStateException(
          type.javaType().getName() + " has more than 64 components, which a mask cannot hold");
    }
    this.extensions = type.extensions().orElse(null);
    for (Component component : type.components()) {
      if (component == extensions) {
        continue;
      }
      Field field = new Field(Codecs.untyped(codecs.apply(component.genericType())), component);
      fields.add(field);
      byName.put(field.name(), field);
    }
  }

  @Override
  public @Nullable R read(JsonParser parser, ReadContext context) throws IOException {
    return read(parser, context, (name, p) -> false);
  }

  /** Reads the object at the current token, offering unknown fields to {@code extra} first. */
  @Nullable R read(JsonParser parser, ReadContext context, ExtraField extra) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.expected(
          parser, Message.of("json.expected.object", type.javaType().getSimpleName()));
    }
    JsonStreamContext object = parser.getParsingContext(); // where it starts, for its problems
    Object[] values = new Object[arity];
    long seen = 0; // bit i: component i's field was given (a record has at most 64 components)
    long reported = 0; // bit i: its value had a problem, already reported
    Set<String> suggested = Set.of(); // a set of its own once there is a suggestion
    TreeMap<String, Object> carried = null;
    // The names of no field, once one comes: usually a few extensions, searched in a list; a set
    // once there are more, so that an object of many unknown names costs no square of them.
    Collection<String> others = List.of();
    boolean failed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Field field = byName.get(name);
      // A name given twice is a syntax error: a field's is seen, any other's is kept to compare.
      if (field != null ? (seen & bit(field)) != 0 : others.contains(name)) {
        throw Duplicates.error(parser, name);
      }
      parser.nextToken();
      if (field == null) {
        if (others.isEmpty()) {
          others = new ArrayList<>(4);
        } else if (others.size() == 8 && others instanceof List) {
          others = new HashSet<>(others);
        }
        others.add(name);
        if (extra.read(name, parser)) {
          continue;
        }
        if (extensions != null && namespaced(name)) {
          carried = put(carried, name, JsonValues.read(parser, context));
          continue;
        }
        String suggestion = Suggestions.closestName(name, unseen(seen));
        if (suggestion == null && extensions != null && context.keepUnknownFields()) {
          carried = put(carried, name, JsonValues.read(parser, context));
          continue;
        }
        failed = true;
        if (suggestion != null) {
          if (suggested.isEmpty()) {
            suggested = new HashSet<>();
          }
          suggested.add(suggestion);
          context.fail(parser, Message.of("json.unknown-field.suggestion", name, suggestion));
        } else {
          context.fail(parser, unknownFieldMessage(name, context));
        }
        continue;
      }
      seen |= bit(field);
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      Object value = field.codec().read(parser, context);
      if (value == null) {
        failed = true;
        reported |= bit(field);
      } else {
        values[field.index()] = value;
      }
    }
    // Only now, and only if a field is missing, is the object's path needed: after its end the
    // parser's context is the parent, which still points at this object.
    String path = null;
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      if (values[field.index()] != null || (reported & bit(field)) != 0) {
        continue;
      }
      if (field.component().required() && !suggested.contains(field.name())) {
        if (path == null) {
          path = JsonPaths.of(parser.getParsingContext());
        }
        boolean absent = (seen & bit(field)) == 0;
        context.report(
            absent ? path : JsonPaths.child(path, field.name()),
            ReadContext.start(object),
            Message.of(absent ? "json.missing-field" : "json.null-field", field.name()));
        failed = true;
      } else {
        values[field.index()] = field.component().emptyValue();
      }
    }
    if (failed) {
      return null;
    }
    if (extensions != null) {
      values[extensions.index()] = carried == null ? Extensions.NONE : new Extensions(carried);
    }
    try {
      return type.construct(values);
    } catch (InvalidValueException e) {
      // A value the model refuses as a whole, such as a NACE code of the wrong shape.
      context.invalid(
          path == null ? JsonPaths.of(parser.getParsingContext()) : path,
          ReadContext.start(object),
          e);
      return null;
    }
  }

  /**
   * Whether a field name is namespaced ({@code x-platform:rating}, {@code https://...}), as an
   * extension's name must be: a scheme or prefix (a letter, then letters, digits, {@code +}, {@code
   * .} or {@code -}), a colon, and at least one more character, none of them white space. Written
   * out rather than as a pattern: it runs for every field a record does not know.
   */
  static boolean namespaced(String name) {
    int colon = name.indexOf(':');
    if (colon < 1 || colon == name.length() - 1 || !isAsciiLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = name.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    for (int i = colon + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) { // what \S excludes: space, tab to CR
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  @Override
  public void write(JsonGenerator generator, R value) throws IOException {
    generator.writeStartObject(value);
    writeFields(generator, value);
    generator.writeEndObject();
  }

  /** Writes the fields of {@code value} into the object the generator is in. */
  void writeFields(JsonGenerator generator, R value) throws IOException {
    for (Field field : fields) {
      Object component = field.component().get(value);
      if (component == null || field.component().isEmptyValue(component)) {
        continue;
      }
      generator.writeFieldName(field.name());
      field.codec().write(generator, component);
    }
    if (extensions != null) {
      Extensions carried = (Extensions) extensions.get(value);
      for (Map.Entry<String, Object> entry : carried.values().entrySet()) {
        generator.writeFieldName(entry.getKey());
        JsonValues.write(generator, entry.getValue());
      }
    }
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    return schemas.reference(type.javaType().getSimpleName(), () -> objectSchema(schemas));
  }

  /** Returns the schema of the object itself, not a reference to it. */
  ObjectNode objectSchema(SchemaBuilder schemas) {
    ObjectNode schema = SchemaBuilder.NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = SchemaBuilder.NODES.arrayNode();
    for (Field field : fields) {
      ObjectNode property = field.codec().schema(schemas).deepCopy();
      List<Constraint> constraints = field.component().constraints();
      if (!field.component().isCollection()) {
        ConstraintSchemas.apply(property, constraints);
      } else if (!constraints.isEmpty() && property.get("items") instanceof ObjectNode items) {
        ConstraintSchemas.apply(items, constraints);
      }
      properties.set(field.name(), property);
      if (field.component().required()) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    if (extensions != null) {
      schema.putObject("patternProperties").put(NAMESPACED, true);
    }
    schema.put("additionalProperties", false);
    ConstraintSchemas.applyToObject(schema, type.constraints());
    return schema;
  }

  /** The bit of {@code field} in the masks of fields seen and reported. */
  private static long bit(Field field) {
    return 1L << field.index();
  }

  private List<String> unseen(long seen) {
    List<String> names = new ArrayList<>();
    for (Field field : fields) {
      if ((seen & bit(field)) == 0) {
        names.add(field.name());
      }
    }
    return names;
  }

  private Message unknownFieldMessage(String name, ReadContext context) {
    String known = String.join(", ", byName.keySet());
    if (extensions == null && context.keepUnknownFields()) {
      return Message.of(
          "json.unknown-field.not-kept", name, type.javaType().getSimpleName(), known);
    }
    return Message.of(
        extensions != null ? "json.unknown-field.or-extension" : "json.unknown-field", name, known);
  }

  private static TreeMap<String, Object> put(
      @Nullable TreeMap<String, Object> map, String key, @Nullable Object value) {
    TreeMap<String, Object> target = map == null ? new TreeMap<>() : map;
    target.put(key, value);
    return target;
  }
}

package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.ModelSchema;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A model record as a JSON object whose fields are the record's components, in component order.
 *
 * <p>A field that is absent (or {@code null}) stands for the component's default: {@code null}, an
 * empty list, or the record's "nothing known" value such as {@code Location.UNKNOWN}; the writer
 * leaves defaults out. Which fields are required is learnt from the model itself, by building the
 * record once with each component set to null. A record with an {@link Extensions} component keeps
 * namespaced fields (whose names are absolute IRIs) in it.
 */
final class RecordCodec implements Codec {

  /** A field name that is an absolute IRI: a namespaced extension property. */
  private static final Pattern NAMESPACED = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");

  /** Handles a field the record does not have; returns whether it consumed the value. */
  interface ExtraField {
    boolean read(String name, JsonParser parser) throws IOException;
  }

  private record Field(
      String name,
      int index,
      Codec codec,
      MethodHandle accessor,
      Object missing,
      boolean required,
      Annotation[] constraints,
      Annotation[] elementConstraints) {}

  private final Class<?> type;
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, Field> byName = new LinkedHashMap<>();
  private final int arity;
  private final MethodHandle constructor;
  private final int extensionsIndex;
  private final MethodHandle extensionsAccessor;
  private final Object empty;

  RecordCodec(Class<?> type, Function<Type, Codec> codecs) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    this.arity = components.length;
    this.constructor = Records.constructor(type);
    Set<String> nonNull = ModelSchema.nonNullComponents(type);
    int extensions = -1;
    MethodHandle extensionsGetter = null;
    for (int i = 0; i < arity; i++) {
      RecordComponent component = components[i];
      if (component.getType() == Extensions.class) {
        extensions = i;
        extensionsGetter = Records.accessor(component);
        continue;
      }
      Codec codec = codecs.apply(component.getGenericType());
      boolean nullable =
          !nonNull.contains(component.getName()) && !component.getType().isPrimitive();
      Object missing = nullable ? null : defaultOf(component, codec);
      boolean required = missing == null && !nullable;
      Field field =
          new Field(
              component.getName(),
              i,
              codec,
              Records.accessor(component),
              missing,
              required,
              declaredAnnotations(component),
              elementAnnotations(component));
      fields.add(field);
      byName.put(field.name(), field);
    }
    this.extensionsIndex = extensions;
    this.extensionsAccessor = extensionsGetter;
    this.empty = emptyInstance();
  }

  /** Returns the "nothing known" instance: every field at its default, or null if it has none. */
  Object empty() {
    return empty;
  }

  Class<?> type() {
    return type;
  }

  @Override
  public Object read(JsonParser parser, ReadContext context) throws IOException {
    return read(parser, context, (name, p) -> false);
  }

  /** Reads the object at the current token, offering unknown fields to {@code extra} first. */
  Object read(JsonParser parser, ReadContext context, ExtraField extra) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.expected(parser, "an object (" + type.getSimpleName() + ")");
    }
    JsonLocation start = parser.currentTokenLocation();
    Object[] values = new Object[arity];
    boolean[] seen = new boolean[arity];
    boolean[] reported = new boolean[arity];
    Set<String> suggested = new HashSet<>();
    TreeMap<String, Object> extensions = null;
    boolean failed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      Field field = byName.get(name);
      if (field == null) {
        if (extra.read(name, parser)) {
          continue;
        }
        if (extensionsIndex >= 0 && NAMESPACED.matcher(name).matches()) {
          extensions = put(extensions, name, JsonValues.read(parser));
          continue;
        }
        String suggestion = Suggestions.closest(name, unseen(seen));
        if (suggestion == null && extensionsIndex >= 0 && context.keepUnknownFields()) {
          extensions = put(extensions, name, JsonValues.read(parser));
          continue;
        }
        failed = true;
        if (suggestion != null) {
          suggested.add(suggestion);
          context.fail(
              parser, "unknown field \"" + name + "\"; did you mean \"" + suggestion + "\"?");
        } else {
          context.fail(parser, unknownFieldMessage(name, context));
        }
        continue;
      }
      seen[field.index()] = true;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      Object value = field.codec().read(parser, context);
      if (value == ReadContext.FAILED) {
        failed = true;
        reported[field.index()] = true;
      } else {
        values[field.index()] = value;
      }
    }
    // Only now, and only if a field is missing, is the object's path needed: after its end the
    // parser's context is the parent, which still points at this object.
    String path = null;
    for (Field field : fields) {
      if (values[field.index()] != null || reported[field.index()]) {
        continue;
      }
      if (field.required() && !suggested.contains(field.name())) {
        if (path == null) {
          path = JsonPaths.of(parser.getParsingContext());
        }
        boolean absent = !seen[field.index()];
        context.report(
            absent ? path : JsonPaths.child(path, field.name()),
            start,
            absent
                ? "missing required field \"" + field.name() + "\""
                : "required field \"" + field.name() + "\" is null");
        failed = true;
      } else {
        values[field.index()] = field.missing();
      }
    }
    if (failed) {
      return ReadContext.FAILED;
    }
    if (extensionsIndex >= 0) {
      values[extensionsIndex] = extensions == null ? Extensions.NONE : new Extensions(extensions);
    }
    return Records.invoke(constructor, values);
  }

  @Override
  public void write(JsonGenerator generator, Object value) throws IOException {
    generator.writeStartObject(value);
    writeFields(generator, value);
    generator.writeEndObject();
  }

  /** Writes the fields of {@code value} into the object the generator is in. */
  void writeFields(JsonGenerator generator, Object value) throws IOException {
    for (Field field : fields) {
      Object component = Records.get(field.accessor(), value);
      if (component == null || isDefault(field, component)) {
        continue;
      }
      generator.writeFieldName(field.name());
      field.codec().write(generator, component);
    }
    if (extensionsIndex >= 0) {
      Extensions extensions = (Extensions) Records.get(extensionsAccessor, value);
      for (Map.Entry<String, Object> entry : extensions.values().entrySet()) {
        generator.writeFieldName(entry.getKey());
        JsonValues.write(generator, entry.getValue());
      }
    }
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    return schemas.reference(type.getSimpleName(), () -> objectSchema(schemas));
  }

  /** Returns the schema of the object itself, not a reference to it. */
  ObjectNode objectSchema(SchemaBuilder schemas) {
    ObjectNode schema = SchemaBuilder.NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = SchemaBuilder.NODES.arrayNode();
    for (Field field : fields) {
      ObjectNode property = field.codec().schema(schemas).deepCopy();
      ConstraintSchemas.apply(property, field.constraints());
      if (field.elementConstraints().length > 0
          && property.get("items") instanceof ObjectNode items) {
        ConstraintSchemas.apply(items, field.elementConstraints());
      }
      properties.set(field.name(), property);
      if (field.required()) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    if (extensionsIndex >= 0) {
      schema.putObject("patternProperties").put(NAMESPACED.pattern(), true);
    }
    schema.put("additionalProperties", false);
    ConstraintSchemas.applyToObject(schema, type);
    return schema;
  }

  private boolean isDefault(Field field, Object value) {
    if (value instanceof java.util.Collection<?> collection) {
      return collection.isEmpty();
    }
    return value.equals(field.missing());
  }

  private List<String> unseen(boolean[] seen) {
    List<String> names = new ArrayList<>();
    for (Field field : fields) {
      if (!seen[field.index()]) {
        names.add(field.name());
      }
    }
    return names;
  }

  private String unknownFieldMessage(String name, ReadContext context) {
    String known = String.join(", ", byName.keySet());
    if (extensionsIndex < 0 && context.keepUnknownFields()) {
      return "unknown field \""
          + name
          + "\"; a "
          + type.getSimpleName()
          + " cannot keep extra fields, expected one of "
          + known;
    }
    return "unknown field \""
        + name
        + "\"; expected one of "
        + known
        + (extensionsIndex >= 0 ? ", or a namespaced property whose name is an IRI" : "");
  }

  private static TreeMap<String, Object> put(
      TreeMap<String, Object> map, String key, Object value) {
    TreeMap<String, Object> target = map == null ? new TreeMap<>() : map;
    target.put(key, value);
    return target;
  }

  private static Object defaultOf(RecordComponent component, Codec codec) {
    Class<?> raw = component.getType();
    if (raw == List.class) {
      return List.of();
    } else if (raw == Set.class) {
      return Set.of();
    } else if (raw == boolean.class) {
      return false;
    } else if (codec instanceof RecordCodec record) {
      return record.empty();
    }
    return null;
  }

  private Object emptyInstance() {
    Object[] args = new Object[arity];
    for (Field field : fields) {
      args[field.index()] = field.missing();
    }
    if (extensionsIndex >= 0) {
      args[extensionsIndex] = Extensions.NONE;
    }
    try {
      return Records.invoke(constructor, args);
    } catch (NullPointerException e) {
      return null;
    }
  }

  private Annotation[] declaredAnnotations(RecordComponent component) {
    try {
      return type.getDeclaredField(component.getName()).getAnnotations();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Annotation[] elementAnnotations(RecordComponent component) {
    if (component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
      return parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations();
    }
    return new Annotation[0];
  }
}

package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.problem.Problem;
import java.io.IOException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Plugs the codecs into Jackson data binding, for applications that bind model values inside their
 * own types. Only the model's own types are claimed; everything else is left to Jackson.
 */
public final class ModelSerialization {

  private ModelSerialization() {}

  private static boolean isModelType(Class<?> type) {
    return ModelDescription.isModelType(type) && Codecs.handles(type);
  }

  /** The deserializers of model types. */
  public static Deserializers deserializers() {
    return new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription description) {
        return isModelType(type.getRawClass()) ? new CodecDeserializer(type.getRawClass()) : null;
      }

      @Override
      public @Nullable JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription description) {
        return isModelType(type) ? new CodecDeserializer(type) : null;
      }
    };
  }

  /** The serializers of model types. */
  public static Serializers serializers() {
    return new Serializers.Base() {
      @Override
      public @Nullable JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription description) {
        return isModelType(type.getRawClass()) ? new CodecSerializer(type.getRawClass()) : null;
      }
    };
  }

  private static final class CodecDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<?> codec;

    CodecDeserializer(Class<?> type) {
      super(type);
      this.codec = Codecs.of(type);
    }

    @Override
    public @Nullable Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      ReadContext read = new ReadContext(false, Positions.AS_IS);
      Object value = codec.read(parser, read);
      if (!read.problems().isEmpty()) {
        return context.reportInputMismatch(
            this,
            read.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
      }
      return value;
    }
  }

  private static final class CodecSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<Object> codec;

    CodecSerializer(Class<?> type) {
      super(Object.class);
      this.codec = Codecs.untyped(Codecs.of(type));
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      codec.write(generator, value);
    }
  }
}

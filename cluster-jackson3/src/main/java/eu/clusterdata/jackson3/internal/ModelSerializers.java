package eu.clusterdata.jackson3.internal;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** The Jackson 3 serializers of model values: the codecs of cluster-json write each one. */
public final class ModelSerializers implements Serializers {

  @Override
  public @Nullable ValueSerializer<?> findSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier description,
      com.fasterxml.jackson.annotation.JsonFormat.Value format) {
    return ModelTypes.handles(type.getRawClass()) ? new Codec() : null;
  }

  @Override
  public @Nullable ValueSerializer<?> findEnumSerializer(
      SerializationConfig config,
      JavaType type,
      BeanDescription.Supplier description,
      com.fasterxml.jackson.annotation.JsonFormat.Value format) {
    return ModelTypes.handles(type.getRawClass()) ? new Codec() : null;
  }

  private static final class Codec extends ValueSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
      try (TokenBuffer buffer = new TokenBuffer(ModelTypes.CODECS, false)) {
        ModelTypes.CODECS.writeValue(buffer, value);
        try (com.fasterxml.jackson.core.JsonParser tokens = buffer.asParser()) {
          TokenCopy.to3(tokens, generator);
        }
      } catch (IOException e) {
        context.reportMappingProblem(e, "cannot write %s: %s", value.getClass(), e.getMessage());
      }
    }
  }
}

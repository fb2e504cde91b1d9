package eu.clusterdata.jackson3.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/** The Jackson 3 deserializers of model values: the codecs of cluster-json read each one. */
public final class ModelDeserializers implements Deserializers {

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return ModelTypes.handles(type.getRawClass()) ? new Codec(type.getRawClass()) : null;
  }

  @Override
  public @Nullable ValueDeserializer<?> findEnumDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier description) {
    return ModelTypes.handles(type.getRawClass()) ? new Codec(type.getRawClass()) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
    return ModelTypes.handles(type);
  }

  private static final class Codec extends ValueDeserializer<Object> {
    private final Class<?> type;

    Codec(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try (TokenBuffer buffer = new TokenBuffer(ModelTypes.CODECS, false)) {
        TokenCopy.to2(parser, buffer);
        try (com.fasterxml.jackson.core.JsonParser tokens = buffer.asParser()) {
          return ModelTypes.CODECS.readValue(tokens, type);
        }
      } catch (JsonProcessingException e) {
        // The codecs' words: what is wrong, by path within the value; Jackson 3 adds where.
        return context.reportInputMismatch(this, "%s", e.getOriginalMessage());
      } catch (IOException e) {
        return context.reportInputMismatch(this, "%s", e.getMessage());
      }
    }
  }
}

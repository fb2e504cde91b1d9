package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one kind of model value, and describes it in JSON Schema. Codecs are immutable
 * and thread-safe; all state of a read lives in the {@link ReadContext}.
 *
 * @param <T> the type of the values
 */
public interface Codec<T> {

  /**
   * Reads the value at the parser's current token, which is not {@code null}. On bad input it
   * reports a problem to {@code context}, skips the value and returns {@code null} (a value read is
   * never null: a JSON null never reaches a codec).
   */
  @Nullable T read(JsonParser parser, ReadContext context) throws IOException;

  /** Writes {@code value}, which is not {@code null}. */
  void write(JsonGenerator generator, T value) throws IOException;

  /** Returns the schema of the value, registering named definitions with {@code schemas}. */
  ObjectNode schema(SchemaBuilder schemas);
}

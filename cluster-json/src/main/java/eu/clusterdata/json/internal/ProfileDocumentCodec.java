package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.UnsupportedFormatVersionException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.problem.Message;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A profile document: the profile's fields plus {@code formatVersion}, which is written first so
 * that a reader learns the version before anything else. A document of a version this reader does
 * not know is refused as a whole. A document that names a JSON-LD {@code "@context"} is refused
 * with a message of its own: the JSON format is not JSON-LD (docs/rdf-mapping.md, "JSON-LD"), so a
 * JSON-LD processor would read such a document as a graph other than the profile's.
 */
final class ProfileDocumentCodec implements Codec<ClusterProfile> {

  static final String VERSION_FIELD = "formatVersion";
  static final String CONTEXT_FIELD = "@context";

  private final RecordCodec<ClusterProfile> profile;

  ProfileDocumentCodec(RecordCodec<ClusterProfile> profile) {
    this.profile = profile;
  }

  @Override
  public @Nullable ClusterProfile read(JsonParser parser, ReadContext context) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return context.expected(parser, Message.of("json.expected.profile-document"));
    }
    String path = JsonPaths.of(parser.getParsingContext());
    JsonStreamContext object = parser.getParsingContext(); // where it starts, for its problems
    boolean[] versioned = {false};
    ClusterProfile value =
        profile.read(
            parser,
            context,
            (name, p) -> {
              if (name.equals(CONTEXT_FIELD)) {
                context.fail(p, Message.of("json.context-not-json-ld"));
                return true;
              }
              if (!name.equals(VERSION_FIELD)) {
                return false;
              }
              versioned[0] = true;
              if (p.currentToken() != JsonToken.VALUE_STRING) {
                context.expected(
                    p, Message.of("json.expected.format-version", ClusterJson.FORMAT_VERSION));
              } else if (!ClusterJson.SUPPORTED_VERSIONS.contains(p.getText())) {
                JsonLocation at = p.currentTokenLocation();
                throw new UnsupportedFormatVersionException(
                    p.getText(),
                    JsonPaths.of(p.getParsingContext()),
                    context.line(at),
                    context.column(at));
              }
              return true;
            });
    if (!versioned[0]) {
      context.report(
          path,
          ReadContext.start(object),
          Message.of("json.missing-version", VERSION_FIELD, ClusterJson.FORMAT_VERSION));
      return null;
    }
    return value;
  }

  @Override
  public void write(JsonGenerator generator, ClusterProfile value) throws IOException {
    generator.writeStartObject(value);
    generator.writeStringField(VERSION_FIELD, ClusterJson.FORMAT_VERSION);
    profile.writeFields(generator, value);
    generator.writeEndObject();
  }

  @Override
  public ObjectNode schema(SchemaBuilder schemas) {
    ObjectNode schema = profile.objectSchema(schemas);
    ObjectNode properties = SchemaBuilder.NODES.objectNode();
    ArrayNode versions = properties.putObject(VERSION_FIELD).putArray("enum");
    ClusterJson.SUPPORTED_VERSIONS.stream().sorted().forEach(versions::add);
    properties.setAll((ObjectNode) schema.get("properties"));
    schema.set("properties", properties);
    ((ArrayNode) schema.get("required")).insert(0, VERSION_FIELD);
    return schema;
  }
}

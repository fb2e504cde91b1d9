package eu.clusterdata.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** Collects the named definitions ({@code $defs}) of a JSON Schema while codecs describe values. */
public final class SchemaBuilder {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode definitions = NODES.objectNode();

  /** Returns a reference to the definition {@code name}, creating it on first use. */
  ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!definitions.has(name)) {
      definitions.putObject(name); // placeholder first, so that cycles terminate
      definitions.set(name, definition.get());
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  ObjectNode definitions() {
    return definitions;
  }

  static ObjectNode string() {
    return NODES.objectNode().put("type", "string");
  }

  static ObjectNode pattern(String regex) {
    return string().put("pattern", regex);
  }
}

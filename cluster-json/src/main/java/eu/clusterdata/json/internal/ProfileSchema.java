package eu.clusterdata.json.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;

/**
 * Generates the JSON Schema (draft 2020-12) of a profile document from the codecs, so that the
 * schema describes exactly what the reader reads. The shipped schema file is this output; a test
 * fails when they drift.
 */
public final class ProfileSchema {

  /** The schema's identifier; its path names the format version. */
  public static final String ID =
      "https://clusterdata.eu/schema/json/" + ClusterJson.FORMAT_VERSION + "/profile.schema.json";

  private ProfileSchema() {}

  /** Returns the schema as text, indented, with "\n" line ends. */
  public static String generate() {
    SchemaBuilder schemas = new SchemaBuilder();
    ObjectNode document = Codecs.of(ClusterProfile.class).schema(schemas);
    ObjectNode schema = SchemaBuilder.NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "Cluster profile document, format " + ClusterJson.FORMAT_VERSION);
    schema.put(
        "description",
        "One cluster organisation with its actors, memberships, services, transformation"
            + " engagements, impulse uptakes, projects and practice examples. A collection is a"
            + " JSON array of these documents, or JSON Lines with one document per line.");
    schema.setAll(document);
    schema.set("$defs", schemas.definitions());
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    try {
      return new ObjectMapper()
              .writer(
                  new DefaultPrettyPrinter()
                      .withObjectIndenter(indenter)
                      .withArrayIndenter(indenter))
              .writeValueAsString(schema)
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

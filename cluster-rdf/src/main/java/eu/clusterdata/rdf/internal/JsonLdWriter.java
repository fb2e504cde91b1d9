package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.NS;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import eu.clusterdata.model.ClusterProfile;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Writes profiles as JSON-LD a JSON developer can read: framed per profile (the organisation, its
 * actors, memberships and services nested in it), compacted with the project's context (terms for
 * the properties, language maps for texts, IRIs as plain strings), whole numbers and booleans as
 * JSON numbers and booleans, keys and values in a fixed order. The context is written into the
 * document, so that it reads without the network. Readers, ours and any JSON-LD 1.1 processor, get
 * the same graph as from the Turtle of the same profiles.
 */
public final class JsonLdWriter {

  private static final String PROFILE_CLASS = NS + "ClusterProfile";

  /** The shipped context document, read and parsed once. */
  private static final JsonObject CONTEXT =
      Json.createReader(new StringReader(Resources.text(OfflineDocumentLoader.CONTEXT_RESOURCE)))
          .readObject();

  private static final Keys KEYS = Keys.of(CONTEXT);

  /**
   * Framing nests a node where it first meets it, going by the keys' names: this puts the
   * organisation under the profile ("primaryTopic") rather than in the first membership that names
   * it. A frame that names more properties also filters by them (a profile without memberships lost
   * its organisation in a trial), so it names no more.
   */
  private static final JsonObject FRAME =
      Json.createObjectBuilder()
          .add("@context", CONTEXT.get("@context"))
          .add("@type", PROFILE_CLASS)
          .add(
              predicate(ClusterProfile.class, "organisation"),
              Json.createObjectBuilder().add("@embed", "@always"))
          .build();

  private JsonLdWriter() {}

  /**
   * Writes profiles, each given as its own graph (one {@code cd:ClusterProfile} each), to {@code
   * out}: one profile as the document's object, several as its {@code @graph}. Each is framed on
   * its own, since framing a graph of many profiles took four times as long as writing the same
   * triples with Jena's flat JSON-LD writer and grew faster than the number of profiles; an entity
   * two profiles share appears in both, which reads back as the same triples.
   */
  public static void write(List<Graph> profiles, OutputStream out) {
    JsonLdOptions options = new JsonLdOptions(new OfflineDocumentLoader());
    options.setOrdered(true);
    JsonArrayBuilder graph = Json.createArrayBuilder();
    JsonObject last = null;
    int count = 0;
    for (Graph profile : profiles) {
      try {
        last =
            JsonLd.frame(JsonDocument.of(expanded(profile)), JsonDocument.of(FRAME))
                .options(options)
                .get();
      } catch (JsonLdError e) {
        throw new IllegalStateException("the writer's own JSON-LD could not be framed", e);
      }
      JsonObjectBuilder node = Json.createObjectBuilder(last);
      node.remove("@context");
      // Framing names blank nodes afresh each time (_:b0, ...): one prefix per profile keeps
      // those of two profiles apart in one document.
      graph.add(relabel(node.build(), null, "p" + count++ + "-", KEYS));
    }
    JsonObject document =
        profiles.size() == 1
            ? last
            : Json.createObjectBuilder()
                .add("@context", CONTEXT.get("@context"))
                .add("@graph", graph)
                .build();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (var json =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(writer)) {
      json.write(document);
    }
  }

  /** The keys whose values are node identifiers, and those whose values are language maps. */
  private record Keys(Set<String> ids, Set<String> languageMaps) {
    static Keys of(JsonObject context) {
      Set<String> ids = new HashSet<>(Set.of("id", "@id"));
      Set<String> languageMaps = new HashSet<>();
      context
          .getJsonObject("@context")
          .forEach(
              (term, definition) -> {
                if (definition instanceof JsonObject object) {
                  if ("@id".equals(object.getString("@type", null))) {
                    ids.add(term);
                  }
                  if ("@language".equals(object.getString("@container", null))) {
                    languageMaps.add(term);
                  }
                }
              });
      return new Keys(ids, languageMaps);
    }
  }

  /**
   * Puts {@code prefix} after the {@code _:} of every blank-node identifier in {@code value}: in
   * {@code id}s and in the values of terms whose values are identifiers, never in text.
   */
  private static JsonValue relabel(
      JsonValue value, @Nullable String key, String prefix, Keys keys) {
    if (value instanceof JsonObject object) {
      if (key != null && keys.languageMaps().contains(key)) {
        return object;
      }
      JsonObjectBuilder copy = Json.createObjectBuilder();
      object.forEach((k, v) -> copy.add(k, relabel(v, k, prefix, keys)));
      return copy.build();
    } else if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.forEach(v -> copy.add(relabel(v, key, prefix, keys)));
      return copy.build();
    } else if (value instanceof JsonString text
        && keys.ids().contains(key)
        && text.getString().startsWith("_:")) {
      return Json.createValue("_:" + prefix + text.getString().substring(2));
    }
    return value;
  }

  private static String predicate(Class<?> type, String component) {
    return Mappings.of(type).property(component).triplePredicate().getURI();
  }

  /**
   * The graph in JSON-LD's expanded form: a node object per subject, in the order of their terms,
   * whole numbers and booleans as native JSON values.
   */
  static JsonArray expanded(Graph graph) {
    Map<Node, List<Triple>> subjects = new TreeMap<>(Comparator.comparing(Node::toString));
    graph
        .find()
        .forEach(t -> subjects.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
    JsonArrayBuilder nodes = Json.createArrayBuilder();
    for (Map.Entry<Node, List<Triple>> subject : subjects.entrySet()) {
      JsonObjectBuilder node = Json.createObjectBuilder().add("@id", id(subject.getKey()));
      Map<String, List<Node>> properties = new TreeMap<>();
      List<String> types = new ArrayList<>();
      for (Triple triple : subject.getValue()) {
        if (triple.getPredicate().equals(RDF.Nodes.type) && !triple.getObject().isLiteral()) {
          types.add(id(triple.getObject()));
        } else {
          properties
              .computeIfAbsent(triple.getPredicate().getURI(), p -> new ArrayList<>())
              .add(triple.getObject());
        }
      }
      if (!types.isEmpty()) {
        types.sort(null);
        node.add("@type", Json.createArrayBuilder(types));
      }
      properties.forEach(
          (predicate, objects) -> {
            objects.sort(Comparator.comparing(Node::toString));
            JsonArrayBuilder values = Json.createArrayBuilder();
            objects.forEach(o -> values.add(value(o)));
            node.add(predicate, values);
          });
      nodes.add(node);
    }
    return nodes.build();
  }

  private static String id(Node node) {
    return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
  }

  private static JsonValue value(Node object) {
    if (!object.isLiteral()) {
      return Json.createObjectBuilder().add("@id", id(object)).build();
    }
    String lexical = object.getLiteralLexicalForm();
    String language = object.getLiteralLanguage();
    String datatype = object.getLiteralDatatypeURI();
    JsonObjectBuilder value = Json.createObjectBuilder();
    if (!language.isEmpty()) {
      return value.add("@value", lexical).add("@language", language).build();
    } else if (XSDDatatype.XSDinteger.getURI().equals(datatype) && isCanonicalInteger(lexical)) {
      return value.add("@value", Json.createValue(new BigInteger(lexical))).build();
    } else if (XSDDatatype.XSDboolean.getURI().equals(datatype)
        && (lexical.equals("true") || lexical.equals("false"))) {
      return value.add("@value", lexical.equals("true") ? JsonValue.TRUE : JsonValue.FALSE).build();
    } else if (XSDDatatype.XSDstring.getURI().equals(datatype)) {
      return value.add("@value", lexical).build();
    }
    return value.add("@value", lexical).add("@type", datatype).build();
  }

  /**
   * Whether a JSON number reads back as the same {@code xsd:integer} literal: JSON-LD writes a
   * whole number in its canonical form, so only that form may become one.
   */
  private static boolean isCanonicalInteger(String lexical) {
    return lexical.matches("-?(0|[1-9][0-9]{0,17})");
  }
}

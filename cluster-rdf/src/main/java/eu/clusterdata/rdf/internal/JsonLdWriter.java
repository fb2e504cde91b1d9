package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.NS;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.internal.StreamingWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Writes profiles as JSON-LD a JSON developer can read, straight from their triples: each profile a
 * tree (the organisation, its actors, memberships and services nested in it), compacted with the
 * project's context (terms for the properties, language maps for texts, IRIs as plain strings),
 * whole numbers and booleans as JSON numbers and booleans, keys and values in a fixed order. It
 * does what framing and compaction would, for the kinds of term the context has, without running
 * them: a node is written in full where it is nearest the profile (the organisation under the
 * profile, see {@code Tree}) and by its identifier everywhere else. The context is written into the
 * document, so that it reads without the network. A JSON-LD 1.1 processor reads the same graph as
 * from the Turtle of the same profiles; the tests hold Titanium and jsonld.js to that.
 */
public final class JsonLdWriter extends StreamingWriter {

  private static final Node PROFILE_CLASS = NodeFactory.createURI(NS + "ClusterProfile");
  private static final Node ORGANISATION =
      Mappings.of(ClusterProfile.class).property("organisation").triplePredicate();
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final String XSD_INTEGER = XSDDatatype.XSDinteger.getURI();
  private static final String XSD_BOOLEAN = XSDDatatype.XSDboolean.getURI();

  /** A whole number JSON-LD reads back as the same {@code xsd:integer}: its canonical form. */
  private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

  /**
   * The JSON-P implementation, looked up once: {@code Json}'s static methods look it up on every
   * call, through the service loader, which took most of the time of a large document.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The shipped context document, read and parsed once. */
  private static final JsonObject CONTEXT =
      JSON.createReader(new StringReader(Resources.text(OfflineDocumentLoader.CONTEXT_RESOURCE)))
          .readObject();

  private static final JsonLdTerms TERMS = JsonLdTerms.of(CONTEXT.getJsonObject("@context"));

  private final JsonGenerator json;
  private @Nullable List<JsonObject> first; // held until a second profile comes, or the end
  private boolean inGraph;
  private int profiles;

  /**
   * A writer of one JSON-LD document to {@code out}, which {@link #close()} closes: one profile as
   * the document's object, several (or none) as its {@code @graph}. An entity two profiles share
   * appears in both, which reads back as the same triples.
   *
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public JsonLdWriter(OutputStream out, boolean publicExport) {
    super(ProfileFormat.JSON_LD, publicExport);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.json =
        JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(writer);
    json.writeStartObject();
    json.write("@context", CONTEXT.get("@context"));
  }

  @Override
  protected void append(ClusterProfile profile) {
    Graph graph = GraphFactory.createDefaultGraph();
    GraphWriter.write(profile, graph);
    List<JsonObject> nodes = new Tree(graph, "p" + profiles++ + "-").nodes();
    if (profiles == 1) {
      first = nodes;
      return;
    }
    if (first != null) {
      startGraph(first);
      first = null;
    }
    nodes.forEach(json::write);
  }

  @Override
  protected void finish() {
    if (first != null && first.size() == 1) {
      first.get(0).forEach(json::write);
    } else {
      if (!inGraph) {
        startGraph(first == null ? List.of() : first);
      }
      json.writeEnd();
    }
    json.writeEnd();
    json.close();
  }

  private void startGraph(List<JsonObject> nodes) {
    json.writeStartArray("@graph");
    inGraph = true;
    nodes.forEach(json::write);
  }

  /**
   * The node objects of one profile's graph: the profile's tree, then anything it does not reach.
   * Each node nests where a walk from the profile, breadth first and the organisation first,
   * reaches it at the least depth (a service in the profile's list of services rather than under an
   * engagement that uses it); everywhere else it is named by its identifier. Values come in the
   * order of their positions ({@code schema:position}), else of their text with numbers as numbers.
   */
  private static final class Tree {
    private final Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
    private final Map<Node, Integer> references = new HashMap<>();
    private final Map<Node, Long> positions = new HashMap<>();
    private final Map<Node, Edge> claims = new HashMap<>();
    private final Set<Node> claimed = new HashSet<>();
    private final Set<Node> written = new HashSet<>();
    private final Map<Node, String> blankLabels = new HashMap<>();
    private final Map<Node, Described> described = new HashMap<>();
    private final String blankPrefix;

    /** Where a node nests: under {@code subject}, as a value of {@code predicate}. */
    private record Edge(Node subject, Node predicate) {}

    Tree(Graph graph, String blankPrefix) {
      this.blankPrefix = blankPrefix;
      graph
          .find()
          .forEach(
              t -> {
                bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t);
                if (t.getObject().isBlank()) {
                  references.merge(t.getObject(), 1, Integer::sum);
                }
                if (t.getPredicate().equals(Mappings.POSITION) && t.getObject().isLiteral()) {
                  String lexical = t.getObject().getLiteralLexicalForm();
                  if (CANONICAL_INTEGER.matcher(lexical).matches()) {
                    positions.put(t.getSubject(), Long.parseLong(lexical));
                  }
                }
              });
    }

    List<JsonObject> nodes() {
      List<Node> roots = new ArrayList<>();
      bySubject.forEach(
          (subject, triples) -> {
            if (triples.stream()
                .anyMatch(
                    t ->
                        t.getPredicate().equals(RDF.Nodes.type)
                            && t.getObject().equals(PROFILE_CLASS))) {
              roots.add(subject);
            }
          });
      roots.sort(this::compare);
      List<Node> rest = new ArrayList<>(bySubject.keySet());
      rest.sort(this::compare);
      roots.addAll(rest); // nothing the writer makes reaches past the profile; nothing is dropped
      List<JsonObject> nodes = new ArrayList<>();
      for (Node root : roots) {
        if (!claimed.contains(root)) {
          claim(root);
          nodes.add(node(root));
        }
      }
      return nodes;
    }

    /** Decides where each node {@code root} reaches nests, breadth first. */
    private void claim(Node root) {
      claimed.add(root);
      ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
      while (!queue.isEmpty()) {
        Node subject = queue.poll();
        described(subject)
            .properties()
            .forEach(
                (predicate, objects) -> {
                  for (Node object : objects) {
                    if (bySubject.containsKey(object) && claimed.add(object)) {
                      claims.put(object, new Edge(subject, predicate));
                      queue.add(object);
                    }
                  }
                });
      }
    }

    /**
     * A subject's types (sorted) and its values by predicate (the organisation first, then by
     * predicate; each list in order), worked out once for both the walk and the writing.
     */
    private record Described(List<String> types, Map<Node, List<Node>> properties) {}

    private Described described(Node subject) {
      return described.computeIfAbsent(subject, this::describe);
    }

    private Described describe(Node subject) {
      List<String> types = new ArrayList<>();
      Map<Node, List<Node>> properties =
          new TreeMap<>(
              Comparator.comparing((Node p) -> !p.equals(ORGANISATION))
                  .thenComparing(Node::getURI));
      for (Triple triple : bySubject.getOrDefault(subject, List.of())) {
        if (triple.getPredicate().equals(RDF.Nodes.type) && triple.getObject().isURI()) {
          types.add(TERMS.className(triple.getObject().getURI()));
        } else {
          properties
              .computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>())
              .add(triple.getObject());
        }
      }
      types.sort(null);
      properties.values().forEach(objects -> objects.sort(this::compare));
      return new Described(types, properties);
    }

    /** The node object of {@code subject}, with the nodes that nest in it. */
    private JsonObject node(Node subject) {
      written.add(subject);
      Described described = described(subject);
      List<String> types = described.types();
      Map<String, Entry> entries = new TreeMap<>();
      described
          .properties()
          .forEach((predicate, objects) -> add(entries, subject, predicate, objects));
      JsonObjectBuilder node = JSON.createObjectBuilder();
      if (subject.isURI()) {
        node.add("id", subject.getURI());
      } else if (references.getOrDefault(subject, 0) != 1) {
        node.add("id", blank(subject));
      }
      if (types.size() == 1) {
        node.add("type", types.get(0));
      } else if (types.size() > 1) {
        node.add("type", JSON.createArrayBuilder(types));
      }
      entries.forEach((key, entry) -> node.add(key, entry.value()));
      return node.build();
    }

    private void add(Map<String, Entry> entries, Node subject, Node predicate, List<Node> objects) {
      JsonLdTerms.Term term = TERMS.term(predicate.getURI());
      for (Node object : objects) {
        if (term != null && fits(term, object)) {
          entries
              .computeIfAbsent(term.name(), k -> new Entry(term))
              .add(object, reference(object, subject, predicate, "@id".equals(term.type())));
        } else {
          entries
              .computeIfAbsent(TERMS.compact(predicate.getURI()), k -> new Entry(null))
              .add(object, reference(object, subject, predicate, false));
        }
      }
    }

    /**
     * {@code object} as a value of {@code predicate} of {@code subject}: in full where it nests,
     * else by its identifier; {@code null} for a literal.
     */
    private @Nullable JsonValue reference(
        Node object, Node subject, Node predicate, boolean coercedToId) {
      if (object.isLiteral()) {
        return null;
      }
      if (!written.contains(object) && new Edge(subject, predicate).equals(claims.get(object))) {
        return node(object);
      }
      String id = object.isURI() ? object.getURI() : blank(object);
      return coercedToId ? JSON.createValue(id) : JSON.createObjectBuilder().add("id", id).build();
    }

    private String blank(Node node) {
      return blankLabels.computeIfAbsent(node, n -> "_:" + blankPrefix + "b" + blankLabels.size());
    }

    /**
     * Nodes with a position first, by position; then the rest; each by text with numbers compared
     * as numbers.
     */
    private int compare(Node a, Node b) {
      Long first = positions.get(a);
      Long second = positions.get(b);
      if ((first == null) != (second == null)) {
        return first != null ? -1 : 1;
      } else if (first != null && second != null && !first.equals(second)) {
        return Long.compare(first, second);
      }
      return NATURAL.compare(a.toString(), b.toString());
    }
  }

  /**
   * Text order with runs of digits compared as numbers: {@code actor/2} before {@code actor/10}.
   */
  private static final Comparator<String> NATURAL =
      ((Comparator<String>) JsonLdWriter::compareNaturally)
          .thenComparing(Comparator.naturalOrder());

  private static int compareNaturally(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numberA = stripZeros(a.substring(i, endA));
        String numberB = stripZeros(b.substring(j, endB));
        int byLength = Integer.compare(numberA.length(), numberB.length());
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = numberA.compareTo(numberB);
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else if (x != y) {
        return Character.compare(x, y);
      } else {
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String stripZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }

  /** Whether {@code term} writes {@code object} as the expanded form has it. */
  private static boolean fits(JsonLdTerms.Term term, Node object) {
    if (!object.isLiteral()) {
      return !term.languageMap() && (term.type() == null || term.type().equals("@id"));
    }
    if (!object.getLiteralLanguage().isEmpty()) {
      return term.languageMap() || term.type() == null;
    }
    String datatype = object.getLiteralDatatypeURI();
    if (term.languageMap()) {
      return XSD_STRING.equals(datatype); // under @none
    }
    return term.type() == null
        ? true
        : !term.type().equals("@id")
            && term.type().equals(datatype)
            && !XSD_STRING.equals(datatype);
  }

  /** The values of one key: a term's, or a compact IRI's without coercion ({@code term} null). */
  private static final class Entry {
    private final JsonLdTerms.@Nullable Term term;
    private final List<JsonValue> values = new ArrayList<>();
    private final Map<String, List<String>> texts = new TreeMap<>();

    Entry(JsonLdTerms.@Nullable Term term) {
      this.term = term;
    }

    /** Adds {@code object}, given as {@code reference} where it is a node. */
    void add(Node object, @Nullable JsonValue reference) {
      if (term != null && term.languageMap()) {
        String language = object.getLiteralLanguage();
        texts
            .computeIfAbsent(language.isEmpty() ? "@none" : language, k -> new ArrayList<>())
            .add(object.getLiteralLexicalForm());
      } else if (reference != null) {
        values.add(reference);
      } else if (term != null && term.type() != null) {
        values.add(JSON.createValue(object.getLiteralLexicalForm())); // the term gives the type
      } else {
        values.add(literal(object));
      }
    }

    JsonValue value() {
      if (term != null && term.languageMap()) {
        JsonObjectBuilder map = JSON.createObjectBuilder();
        texts.forEach(
            (language, strings) ->
                map.add(
                    language,
                    strings.size() == 1
                        ? JSON.createValue(strings.get(0))
                        : JSON.createArrayBuilder(strings).build()));
        return map.build();
      }
      if (values.size() == 1 && (term == null || !term.set())) {
        return values.get(0);
      }
      JsonArrayBuilder array = JSON.createArrayBuilder();
      values.forEach(array::add);
      return array.build();
    }
  }

  /** A literal under a key that coerces nothing: native where JSON has the type. */
  private static JsonValue literal(Node literal) {
    String lexical = literal.getLiteralLexicalForm();
    String language = literal.getLiteralLanguage();
    String datatype = literal.getLiteralDatatypeURI();
    if (!language.isEmpty()) {
      return JSON.createObjectBuilder().add("@value", lexical).add("@language", language).build();
    } else if (XSD_STRING.equals(datatype)) {
      return JSON.createValue(lexical);
    } else if (XSD_INTEGER.equals(datatype) && CANONICAL_INTEGER.matcher(lexical).matches()) {
      return JSON.createValue(new BigInteger(lexical));
    } else if (XSD_BOOLEAN.equals(datatype)
        && (lexical.equals("true") || lexical.equals("false"))) {
      return lexical.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
    }
    return JSON.createObjectBuilder().add("@value", lexical).add("@type", datatype).build();
  }
}

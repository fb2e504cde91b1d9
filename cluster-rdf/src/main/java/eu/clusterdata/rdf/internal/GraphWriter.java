package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.internal.Mappings.EXTENSION;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_KEY;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_VALUE;
import static eu.clusterdata.rdf.internal.Mappings.POSITION;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.Membership;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Writes a profile as triples, following {@link Mappings}. Elements of ordered lists of records
 * carry {@code schema:position}, so that the reader restores their order; lists without meaningful
 * order (sets) need none. Not thread-safe: one per profile.
 */
public final class GraphWriter {

  static final Pattern NAMESPACED = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");
  static final String RDF_JSON = ClusterVocabulary.RDF + "JSON";

  /**
   * The datatype of extension values written as JSON. Not {@code rdf:JSON}: JSON-LD processors
   * canonicalise those literals, which turns {@code 12.50} into {@code 12.5}; {@code rdf:JSON} from
   * other producers is still read.
   */
  static final String CD_JSON = ClusterVocabulary.NS + "json";

  private final Consumer<Triple> sink;
  private final Node organisation;

  /**
   * Blank nodes are labelled by the profile and their place in it, so that the same profile gives
   * the same labels in every run: a stable hash of the organisation's IRI, then a counter.
   */
  private final String blankPrefix;

  private int blanks;

  private GraphWriter(Consumer<Triple> sink, Node organisation) {
    this.sink = sink;
    this.organisation = organisation;
    this.blankPrefix = "p" + stableHash(organisation.getURI()) + "n";
  }

  private Node blank() {
    return NodeFactory.createBlankNode(blankPrefix + blanks++);
  }

  /** The first 64 bits of the SHA-256 of {@code text}, in hex: the same in every JVM. */
  private static String stableHash(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds the triples of {@code profile} to {@code graph} and returns the profile's node. */
  public static Node write(ClusterProfile profile, Graph graph) {
    return write(profile, graph::add);
  }

  /**
   * Sends the triples of {@code profile} to {@code sink}, as they are made, and returns the
   * profile's node. Nothing is held, so a stream of profiles is written in constant memory.
   */
  public static Node write(ClusterProfile profile, Consumer<Triple> sink) {
    Node organisation = NodeFactory.createURI(profile.organisation().id().value());
    return new GraphWriter(sink, organisation).record(profile);
  }

  private Node record(Object record) {
    Mappings.Type type = Mappings.of(record.getClass());
    Node subject;
    if (record instanceof ClusterProfile) {
      subject = Mappings.profileNode(organisation);
    } else {
      Iri id = type.id(record);
      subject = id != null ? NodeFactory.createURI(id.value()) : blank();
    }
    for (Node rdfClass : type.classes()) {
      add(subject, RDF.Nodes.type, rdfClass);
    }
    properties(subject, record, type);
    if (record instanceof Membership membership) {
      StandardTerms.implied(membership, organisation, sink);
    }
    return subject;
  }

  @SuppressWarnings("unchecked")
  private void properties(Node subject, Object record, Mappings.Type type) {
    for (int i = 0; i < type.components().size(); i++) {
      Mappings.Property property = type.properties().get(i);
      Object value = type.get(record, i);
      switch (property.kind()) {
        case ID -> {}
        case INLINE -> properties(subject, value, Mappings.of(value.getClass()));
        case EXTENSIONS -> extensions(subject, (Extensions) value);
        case LANGUAGE ->
            ((List<String>) value)
                .forEach(tag -> add(subject, property.triplePredicate(), Terms.language(tag)));
        case IMPULSE -> add(subject, property.triplePredicate(), Terms.impulse((String) value));
        case VALUE -> value(subject, property.triplePredicate(), value);
      }
    }
  }

  private void value(Node subject, Node predicate, Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Node object = node(list.get(i));
        add(subject, predicate, object);
        if (Mappings.isMapped(list.get(i).getClass())) {
          add(object, POSITION, Terms.typed(Integer.toString(i), XSDDatatype.XSDinteger));
        }
      }
    } else if (value instanceof Collection<?> set) {
      // A set has no order; written in the order of its terms, the output is the same every run.
      set.stream()
          .map(this::node)
          .sorted(Comparator.comparing(Node::toString))
          .forEach(object -> add(subject, predicate, object));
    } else if (value instanceof MultilingualText text) {
      text.values()
          .forEach(
              (tag, string) ->
                  add(
                      subject,
                      predicate,
                      // A text of undetermined language is a plain string, as it came in.
                      tag.equals("und")
                          ? NodeFactory.createLiteralString(string)
                          : NodeFactory.createLiteralLang(string, tag)));
    } else if (value instanceof DateRange range) {
      if (range.start() != null || range.end() != null) {
        Node interval = blank();
        add(subject, predicate, interval);
        add(interval, RDF.Nodes.type, Mappings.INTERVAL);
        instant(interval, Mappings.HAS_BEGINNING, range.start());
        instant(interval, Mappings.HAS_END, range.end());
      }
    } else {
      add(subject, predicate, node(value));
    }
  }

  private void instant(Node interval, Node predicate, @Nullable LocalDate date) {
    if (date != null) {
      Node instant = blank();
      add(interval, predicate, instant);
      add(instant, RDF.Nodes.type, Mappings.INSTANT);
      add(instant, Mappings.IN_XSD_DATE, Terms.toNode(date));
    }
  }

  private Node node(Object value) {
    return Mappings.isMapped(value.getClass()) ? record(value) : Terms.toNode(value);
  }

  /**
   * Namespaced extensions become triples of their own predicate: JSON-LD-style value objects
   * ({@code {"@id": ...}}, {@code {"@value": ..., "@language": ...}}) as the terms they stand for,
   * anything else as an {@code rdf:JSON} literal. Keys that are not IRIs (kept by a lenient reader)
   * go into {@code cd:extension} nodes.
   */
  private void extensions(Node subject, Extensions extensions) {
    for (Map.Entry<String, Object> entry : extensions.values().entrySet()) {
      Object value = entry.getValue();
      if (!NAMESPACED.matcher(entry.getKey()).matches()
          || !ExtensionTerms.isAbsoluteIri(entry.getKey())) {
        Node extension = blank();
        add(subject, EXTENSION, extension);
        add(extension, EXTENSION_KEY, NodeFactory.createLiteralString(entry.getKey()));
        add(extension, EXTENSION_VALUE, json(value));
        continue;
      }
      Node predicate = NodeFactory.createURI(entry.getKey());
      if (value instanceof List<?> list && isTermSet(list)) {
        list.forEach(
            element -> add(subject, predicate, ExtensionTerms.toNode((Map<?, ?>) element)));
      } else if (ExtensionTerms.isTerm(value)) {
        add(subject, predicate, ExtensionTerms.toNode((Map<?, ?>) value));
      } else {
        add(subject, predicate, json(value));
      }
    }
  }

  /**
   * Whether a list is written as one triple per element: only a list that the reader gives back as
   * it is, of two or more distinct terms in the reader's order, since the values of one predicate
   * are a set; any other list is written as its JSON.
   */
  private static boolean isTermSet(List<?> list) {
    if (list.size() < 2 || !list.stream().allMatch(ExtensionTerms::isTerm)) {
      return false;
    }
    for (int i = 1; i < list.size(); i++) {
      if (JsonText.write(list.get(i - 1)).compareTo(JsonText.write(list.get(i))) >= 0) {
        return false;
      }
    }
    return true;
  }

  static Node json(Object value) {
    return NodeFactory.createLiteralDT(
        JsonText.write(value), TypeMapper.getInstance().getSafeTypeByName(CD_JSON));
  }

  private void add(Node subject, Node predicate, Node object) {
    sink.accept(Triple.create(subject, predicate, object));
    StandardTerms.implied(subject, predicate, object, organisation, sink);
  }
}

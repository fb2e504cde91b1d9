package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.internal.Mappings.EXTENSION;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_KEY;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_VALUE;
import static eu.clusterdata.rdf.internal.Mappings.POSITION;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.DateRange;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.Iri;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.MultilingualText;
import eu.clusterdata.model.description.Cardinality;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.rdf.RdfMappingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads profiles from triples, following {@link Mappings}. Missing or ill-typed data is an {@link
 * RdfMappingException} naming the subject and the property. Triples the mapping does not know are
 * kept as extensions where the record takes them, and otherwise collected as unmapped, or rejected
 * if the caller chose so: never dropped silently. Not thread-safe: one per read.
 */
public final class GraphReader {

  private static final Node PROFILE_CLASS =
      NodeFactory.createURI(ClusterVocabulary.NS + "ClusterProfile");

  private final Graph graph;
  private final boolean keepUnknown;
  private final List<Triple> unmapped;
  private final Set<Node> visited = new HashSet<>();

  /** The standard triples the writer adds beside the mapped ones: passed over, not read. */
  private final Set<Triple> implied;

  private GraphReader(Graph graph, boolean keepUnknown, List<Triple> unmapped) {
    this.graph = graph;
    this.keepUnknown = keepUnknown;
    this.unmapped = unmapped;
    this.implied = StandardTerms.impliedIn(graph);
  }

  private ExtendedIterator<Triple> find(Node subject, Node predicate, Node object) {
    ExtendedIterator<Triple> found = graph.find(subject, predicate, object);
    return implied.isEmpty() ? found : found.filterDrop(implied::contains);
  }

  /**
   * Reads every profile of {@code graph}, in the order of their organisations' identifiers, adding
   * triples it cannot map to {@code unmapped} (or throwing, if not {@code keepUnknown}).
   */
  public static List<ClusterProfile> read(Graph graph, boolean keepUnknown, List<Triple> unmapped) {
    GraphReader reader = new GraphReader(graph, keepUnknown, unmapped);
    List<ClusterProfile> profiles = new ArrayList<>();
    for (Triple typed : reader.find(Node.ANY, RDF.Nodes.type, PROFILE_CLASS).toList()) {
      profiles.add(
          (ClusterProfile)
              reader.record(
                  typed.getSubject(),
                  ClusterProfile.class,
                  "the cd:ClusterProfile " + describe(typed.getSubject())));
    }
    profiles.sort(Comparator.comparing(p -> p.organisation().id()));
    // Whatever no profile reached (a foreign node, an actor nobody links to) is not dropped.
    List<Triple> unreached =
        reader
            .find(Node.ANY, Node.ANY, Node.ANY)
            .filterDrop(t -> reader.visited.contains(t.getSubject()))
            .toList();
    if (!unreached.isEmpty()) {
      List<Triple> sorted = new ArrayList<>(unreached);
      sorted.sort(Comparator.comparing(Triple::toString));
      reader.unmappable(sorted, describe(sorted.get(0).getSubject()));
    }
    return profiles;
  }

  private Object record(Node subject, Class<?> type, String where) {
    visited.add(subject);
    Set<Node> known = new HashSet<>(List.of(RDF.Nodes.type, POSITION));
    Object[] args = new Object[Mappings.of(type).components().size()];
    properties(subject, type, args, known, where);
    Mappings.Type mapping = Mappings.of(type);
    List<Triple> unknown =
        find(subject, Node.ANY, Node.ANY)
            .filterDrop(t -> known.contains(t.getPredicate()))
            .toList();
    int extensions = indexOf(mapping, Mappings.Kind.EXTENSIONS);
    if (extensions >= 0) {
      args[extensions] = extensions(subject, unknown, where);
    } else if (!unknown.isEmpty()) {
      unmappable(unknown, where);
    }
    return construct(type, args, subject, where);
  }

  private void properties(
      Node subject, Class<?> type, Object[] args, Set<Node> known, String where) {
    Mappings.Type mapping = Mappings.of(type);
    List<Component> components = mapping.components();
    for (int i = 0; i < components.size(); i++) {
      Mappings.Property property = mapping.properties().get(i);
      Node predicate = property.predicate();
      if (predicate != null) {
        known.add(predicate);
      }
      args[i] =
          switch (property.kind()) {
            case ID -> {
              if (!subject.isURI()) {
                throw new RdfMappingException(
                    where, null, Message.of("rdf.mapping.blank-id", type.getSimpleName()));
              }
              yield Iri.of(subject.getURI());
            }
            case INLINE -> {
              Class<?> inline = components.get(i).valueType();
              Object[] inner = new Object[Mappings.of(inline).components().size()];
              properties(subject, inline, inner, known, where);
              yield construct(inline, inner, subject, where);
            }
            case EXTENSIONS -> null;
            case LANGUAGE ->
                objects(subject, predicate).stream()
                    .map(n -> term(() -> Terms.languageTag(n), where, predicate))
                    .toList();
            case IMPULSE -> {
              Node node = single(subject, predicate, where);
              yield node == null ? null : term(() -> Terms.impulseCode(node), where, predicate);
            }
            case VALUE -> value(subject, predicate, components.get(i), where);
          };
    }
  }

  private Object value(Node subject, Node predicate, Component component, String where) {
    Class<?> type = component.valueType();
    List<Node> objects = objects(subject, predicate);
    if (component.isCollection()) {
      Class<?> element = component.valueType();
      List<Node> ordered = new ArrayList<>(objects);
      if (Mappings.isMapped(element)) {
        Map<Node, Integer> positions = new java.util.HashMap<>();
        ordered.forEach(node -> positions.put(node, position(node)));
        ordered.sort(Comparator.comparing(positions::get).thenComparing(n -> n.toString()));
      }
      List<Object> values = new ArrayList<>();
      for (Node node : ordered) {
        values.add(single(node, element, where + " " + shortName(predicate), predicate, where));
      }
      return component.cardinality() == Cardinality.SET ? Set.copyOf(values) : values;
    }
    if (type == MultilingualText.class) {
      if (objects.isEmpty()) {
        return null;
      }
      TreeMap<String, String> text = new TreeMap<>();
      for (Node node : objects) {
        if (!node.isLiteral() || node.getLiteralLanguage().isEmpty()) {
          throw new RdfMappingException(
              where,
              "<" + predicate.getURI() + ">",
              Message.of("rdf.mapping.language-literal", node.toString()));
        }
        text.put(node.getLiteralLanguage(), node.getLiteralLexicalForm());
      }
      return new MultilingualText(text);
    }
    Node node = single(subject, predicate, where);
    if (node == null) {
      return null; // the component's empty value, filled in by construct
    }
    if (type == DateRange.class) {
      visited.add(node);
      return new DateRange(
          date(node, Mappings.HAS_BEGINNING, where), date(node, Mappings.HAS_END, where));
    }
    return single(node, type, where + " " + shortName(predicate), predicate, where);
  }

  private Object single(
      Node node, Class<?> type, String nestedWhere, Node predicate, String where) {
    if (Mappings.isMapped(type)) {
      return record(node, type, node.isURI() ? describe(node) : nestedWhere);
    }
    return term(() -> Terms.fromNode(node, type), where, predicate);
  }

  private LocalDate date(Node interval, Node predicate, String where) {
    Node instant = single(interval, predicate, where + " (period)");
    if (instant == null) {
      return null;
    }
    visited.add(instant);
    Node date = single(instant, Mappings.IN_XSD_DATE, where + " (period)");
    if (date == null) {
      throw new RdfMappingException(
          where, "<" + Mappings.IN_XSD_DATE.getURI() + ">", Message.of("rdf.mapping.no-date"));
    }
    return (LocalDate)
        term(() -> Terms.fromNode(date, LocalDate.class), where, Mappings.IN_XSD_DATE);
  }

  private Extensions extensions(Node subject, List<Triple> unknown, String where) {
    Map<String, Object> values = new TreeMap<>();
    Map<Node, List<Object>> byPredicate = new TreeMap<>(Comparator.comparing(Node::getURI));
    List<Triple> kept = new ArrayList<>();
    for (Triple triple : unknown) {
      if (triple.getPredicate().equals(EXTENSION)) {
        Node node = triple.getObject();
        visited.add(node);
        Node key = single(node, EXTENSION_KEY, where);
        Node value = single(node, EXTENSION_VALUE, where);
        if (key != null && value != null) {
          values.put(key.getLiteralLexicalForm(), ExtensionTerms.fromNode(value));
          continue;
        }
      }
      if (triple.getObject().isBlank()) {
        kept.add(triple); // a blank node cannot be kept as plain data
        continue;
      }
      Object term = ExtensionTerms.fromNode(triple.getObject());
      if (!keepUnknown) {
        throw new RdfMappingException(
            where,
            "<" + triple.getPredicate().getURI() + ">",
            Message.of("rdf.mapping.unknown-property.strict"));
      }
      byPredicate.computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>()).add(term);
    }
    byPredicate.forEach(
        (predicate, list) ->
            values.put(predicate.getURI(), list.size() == 1 ? list.get(0) : sorted(list)));
    if (!kept.isEmpty()) {
      unmappable(kept, where);
    }
    return values.isEmpty() ? Extensions.NONE : Extensions.of(values);
  }

  /**
   * Several values of one predicate have no order in RDF; sort them so reading is deterministic.
   */
  private static List<Object> sorted(List<Object> values) {
    List<Object> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(JsonText::write));
    return copy;
  }

  private void unmappable(List<Triple> triples, String where) {
    if (!keepUnknown) {
      Triple first = triples.get(0);
      throw new RdfMappingException(
          where,
          "<" + first.getPredicate().getURI() + ">",
          Message.of("rdf.mapping.unknown-property"));
    }
    unmapped.addAll(triples);
  }

  /**
   * Builds a record from what was read: an absent component takes its empty value from the model
   * description, and an absent required one is reported by its predicate.
   */
  private Object construct(Class<?> type, Object[] args, Node subject, String where) {
    Mappings.Type mapping = Mappings.of(type);
    List<Component> components = mapping.components();
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      if (args[i] != null) {
        continue;
      }
      args[i] = component.emptyValue();
      if (args[i] == null && !component.nullable()) {
        Mappings.Property property = mapping.properties().get(i);
        String name =
            property.predicate() == null
                ? component.name()
                : "<" + property.predicate().getURI() + ">";
        throw new RdfMappingException(
            where, name, Message.of("rdf.mapping.missing", type.getSimpleName(), component.name()));
      }
    }
    try {
      return mapping.construct(args);
    } catch (IllegalArgumentException invalid) {
      throw new RdfMappingException(
          where, null, Message.of("rdf.mapping.invalid", invalid.getMessage()));
    }
  }

  private int position(Node node) {
    Node position = single(node, POSITION, describe(node));
    return position == null
        ? Integer.MAX_VALUE
        : Integer.parseInt(position.getLiteralLexicalForm());
  }

  private List<Node> objects(Node subject, Node predicate) {
    return find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private Node single(Node subject, Node predicate, String where) {
    List<Node> objects = objects(subject, predicate);
    if (objects.size() > 1) {
      throw new RdfMappingException(
          where,
          "<" + predicate.getURI() + ">",
          Message.of("rdf.mapping.too-many", objects.size()));
    }
    return objects.isEmpty() ? null : objects.get(0);
  }

  private interface Read {
    Object get();
  }

  private static Object term(Read read, String where, Node predicate) {
    try {
      return read.get();
    } catch (Terms.BadTerm e) {
      throw new RdfMappingException(
          where, "<" + predicate.getURI() + ">", Message.plain(e.getMessage()));
    }
  }

  private static int indexOf(Mappings.Type mapping, Mappings.Kind kind) {
    for (int i = 0; i < mapping.properties().size(); i++) {
      if (mapping.properties().get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  static String describe(Node node) {
    return node.isURI() ? "<" + node.getURI() + ">" : "_:" + node.getBlankNodeLabel();
  }

  private static String shortName(Node predicate) {
    String uri = predicate.getURI();
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      if (uri.startsWith(prefix.getValue())) {
        return prefix.getKey() + ":" + uri.substring(prefix.getValue().length());
      }
    }
    return "<" + uri + ">";
  }
}

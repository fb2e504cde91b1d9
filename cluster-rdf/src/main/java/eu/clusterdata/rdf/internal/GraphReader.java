package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.internal.Mappings.EXTENSION;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_KEY;
import static eu.clusterdata.rdf.internal.Mappings.EXTENSION_VALUE;
import static eu.clusterdata.rdf.internal.Mappings.POSITION;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.description.Cardinality;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.rdf.RdfMappingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Reads profiles from triples, following {@link Mappings}. Each {@code cd:ClusterProfile} of a
 * graph is read on its own: missing or ill-typed data makes that profile an {@link
 * RdfMappingException} that lists every problem found in it, each once, naming the subject and the
 * property, and the other profiles of the graph are still read. Triples the mapping does not know
 * are kept as extensions where the record takes them, and otherwise collected as unmapped, or are a
 * problem if the caller chose so: never dropped silently. Not thread-safe: one per read.
 */
public final class GraphReader {

  private static final Node PROFILE_CLASS =
      NodeFactory.createURI(ClusterVocabulary.NS + "ClusterProfile");

  /** What a part stands for that could not be read: its problems are reported already. */
  private static final Object FAILED = new Object();

  /**
   * One profile of a graph: read, or why not.
   *
   * @param subject the {@code cd:ClusterProfile} node, described
   * @param profile the profile, or {@code null}
   * @param error its problems, or {@code null}
   */
  public record Outcome(
      String subject, @Nullable ClusterProfile profile, @Nullable RdfMappingException error) {

    /** The record of this outcome at {@code at}: its profile, or its error. */
    public ProfileRecord record(RecordLocation at) {
      if (profile != null) {
        return ProfileRecord.read(at, profile);
      }
      return ProfileRecord.unreadable(
          at, Objects.requireNonNull(error, "an outcome holds a profile or an error"));
    }

    /** The order of outcomes: by the organisation's identifier, which the profile node names. */
    String key() {
      if (profile != null) {
        return profile.organisation().id().value();
      }
      String iri = subject.substring(1, subject.length() - 1);
      return iri.endsWith("#profile") ? iri.substring(0, iri.length() - 8) : iri;
    }
  }

  /**
   * What a graph held.
   *
   * @param outcomes every profile of the graph, read or not, in the order of their organisations'
   *     identifiers
   * @param unmapped the triples that no profile took and that could not be kept as extensions
   */
  public record Result(List<Outcome> outcomes, List<Triple> unmapped) {}

  private final Graph graph;
  private final boolean keepUnknown;
  private final List<Triple> unmapped = new ArrayList<>();
  private final Set<Node> visited = new HashSet<>();

  /** The problems of the profile being read; a set, so that each is reported once. */
  private Set<Problem> problems = new LinkedHashSet<>();

  /** The standard triples the writer adds beside the mapped ones: passed over, not read. */
  private final Set<Triple> implied;

  private GraphReader(Graph graph, boolean keepUnknown) {
    this.graph = graph;
    this.keepUnknown = keepUnknown;
    this.implied = StandardTerms.impliedIn(graph);
  }

  private ExtendedIterator<Triple> find(Node subject, Node predicate, Node object) {
    ExtendedIterator<Triple> found = graph.find(subject, predicate, object);
    return implied.isEmpty() ? found : found.filterDrop(implied::contains);
  }

  /**
   * Reads every profile of {@code graph}. Triples it cannot map go to the result's unmapped ones,
   * or, if not {@code keepUnknown}, are a problem of the profile they describe; triples no profile
   * reaches are unmapped either way, for the caller to report.
   */
  public static Result read(Graph graph, boolean keepUnknown) {
    GraphReader reader = new GraphReader(graph, keepUnknown);
    List<Outcome> outcomes = new ArrayList<>();
    for (Triple typed : reader.find(Node.ANY, RDF.Nodes.type, PROFILE_CLASS).toList()) {
      Node subject = typed.getSubject();
      reader.problems = new LinkedHashSet<>();
      @Nullable Object profile =
          reader.record(
              subject, ClusterProfile.class, "the cd:ClusterProfile " + describe(subject));
      outcomes.add(
          reader.problems.isEmpty()
              ? new Outcome(describe(subject), (ClusterProfile) profile, null)
              : new Outcome(
                  describe(subject), null, new RdfMappingException(List.copyOf(reader.problems))));
    }
    outcomes.sort(Comparator.comparing(Outcome::key));
    // Whatever no profile reached (a foreign node, an actor nobody links to) is not dropped.
    List<Triple> unreached =
        new ArrayList<>(
            reader
                .find(Node.ANY, Node.ANY, Node.ANY)
                .filterDrop(t -> reader.visited.contains(t.getSubject()))
                .toList());
    unreached.sort(Comparator.comparing(Triple::toString));
    reader.unmapped.addAll(unreached);
    return new Result(outcomes, reader.unmapped);
  }

  /** Reports a problem of the profile being read and returns {@link #FAILED}. */
  private Object problem(String where, @Nullable Node property, Message message) {
    problems.add(new Problem("rdf.mapping", path(where, property), 0, 0, message));
    return FAILED;
  }

  /** Reports a value the model refuses, under the rule it breaks, and returns {@link #FAILED}. */
  private Object invalid(String where, @Nullable Node property, InvalidValueException e) {
    problems.add(new Problem(e.code(), path(where, property), 0, 0, e.reason()));
    return FAILED;
  }

  private static String path(String where, @Nullable Node property) {
    return property == null ? where : where + " " + shortName(property);
  }

  private Object record(Node subject, Class<?> type, String where) {
    visited.add(subject);
    Set<Node> known = new HashSet<>(List.of(RDF.Nodes.type, POSITION));
    known.addAll(Mappings.legacyOf(POSITION));
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
    return construct(type, args, where);
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
        known.addAll(Mappings.legacyOf(predicate));
      }
      args[i] =
          switch (property.kind()) {
            case ID -> {
              if (!subject.isURI() && components.get(i).nullable()) {
                yield null; // a record whose identifier is its own choice: a membership
              }
              if (!subject.isURI()) {
                yield problem(
                    where, null, Message.of("rdf.mapping.blank-id", type.getSimpleName()));
              }
              try {
                yield Iri.of(subject.getURI());
              } catch (InvalidValueException e) {
                yield invalid(where, null, e);
              }
            }
            case INLINE -> {
              Class<?> inline = components.get(i).valueType();
              Object[] inner = new Object[Mappings.of(inline).components().size()];
              properties(subject, inline, inner, known, where);
              yield construct(inline, inner, where);
            }
            case EXTENSIONS -> null;
            case LANGUAGE -> languages(subject, property.triplePredicate(), where);
            case IMPULSE -> impulse(subject, property.triplePredicate(), where);
            case VALUE -> value(subject, property.triplePredicate(), components.get(i), where);
          };
    }
  }

  /** The list, or {@link #FAILED} if an element failed. */
  private Object languages(Node subject, Node predicate, String where) {
    return all(
        objects(subject, predicate).stream()
            .map(n -> term(() -> Terms.languageTag(n), where, predicate))
            .toList());
  }

  private @Nullable Object impulse(Node subject, Node predicate, String where) {
    Node node = single(subject, predicate, where);
    if (node == null || node == FAILED_NODE) {
      return node == null ? null : FAILED;
    }
    return term(() -> Terms.impulseCode(node), where, predicate);
  }

  private static Object all(List<Object> values) {
    return values.contains(FAILED) ? FAILED : values;
  }

  private @Nullable Object value(Node subject, Node predicate, Component component, String where) {
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
      if (values.contains(FAILED)) {
        return FAILED;
      }
      return component.cardinality() == Cardinality.SET ? Set.copyOf(values) : values;
    }
    if (type == MultilingualText.class) {
      return text(objects, predicate, where);
    }
    Node node = single(subject, predicate, where);
    if (node == null) {
      return null; // the component's empty value, filled in by construct
    } else if (node == FAILED_NODE) {
      return FAILED;
    }
    if (type == DateRange.class) {
      visited.add(node);
      Object start = date(node, Mappings.HAS_BEGINNING, where);
      Object end = date(node, Mappings.HAS_END, where);
      if (start == FAILED || end == FAILED) {
        return FAILED;
      }
      return new DateRange((LocalDate) start, (LocalDate) end);
    }
    return single(node, type, where + " " + shortName(predicate), predicate, where);
  }

  /**
   * The language of a text's literal: its tag, or {@code und} for a plain string (which is how the
   * writer writes a text of undetermined language); {@code null} for anything else.
   */
  private static @Nullable String languageOf(Node node) {
    if (!node.isLiteral()) {
      return null;
    } else if (!node.getLiteralLanguage().isEmpty()) {
      return node.getLiteralLanguage();
    }
    return XSDDatatype.XSDstring.getURI().equals(node.getLiteralDatatypeURI()) ? "und" : null;
  }

  private @Nullable Object text(List<Node> objects, Node predicate, String where) {
    if (objects.isEmpty()) {
      return null;
    }
    TreeMap<String, String> text = new TreeMap<>();
    boolean failed = false;
    for (Node node : objects) {
      String tag = languageOf(node);
      if (tag == null) {
        problem(where, predicate, Message.of("rdf.mapping.language-literal", node.toString()));
        failed = true;
      } else if (text.putIfAbsent(tag, node.getLiteralLexicalForm()) != null) {
        problem(where, predicate, Message.of("rdf.mapping.language-twice", tag));
        failed = true;
      }
    }
    if (failed) {
      return FAILED;
    }
    try {
      return new MultilingualText(text);
    } catch (InvalidValueException e) {
      return invalid(where, predicate, e);
    }
  }

  private Object single(
      Node node, Class<?> type, String nestedWhere, Node predicate, String where) {
    if (Mappings.isMapped(type)) {
      return record(node, type, node.isURI() ? describe(node) : nestedWhere);
    }
    return term(() -> Terms.fromNode(node, type), where, predicate);
  }

  private @Nullable Object date(Node interval, Node predicate, String where) {
    Node instant = single(interval, predicate, where + " (period)");
    if (instant == null || instant == FAILED_NODE) {
      return instant == null ? null : FAILED;
    }
    visited.add(instant);
    Node date = single(instant, Mappings.IN_XSD_DATE, where + " (period)");
    if (date == null) {
      return problem(where, Mappings.IN_XSD_DATE, Message.of("rdf.mapping.no-date"));
    } else if (date == FAILED_NODE) {
      return FAILED;
    }
    return term(() -> Terms.fromNode(date, LocalDate.class), where, Mappings.IN_XSD_DATE);
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
        if (key != null && key != FAILED_NODE && value != null && value != FAILED_NODE) {
          values.put(key.getLiteralLexicalForm(), ExtensionTerms.fromNode(value));
          continue;
        }
      }
      if (triple.getObject().isBlank()) {
        kept.add(triple); // a blank node cannot be kept as plain data
        continue;
      }
      if (!keepUnknown) {
        problem(where, triple.getPredicate(), Message.of("rdf.mapping.unknown-property.strict"));
        continue;
      }
      byPredicate
          .computeIfAbsent(triple.getPredicate(), p -> new ArrayList<>())
          .add(ExtensionTerms.fromNode(triple.getObject()));
    }
    byPredicate.forEach(
        (predicate, list) -> values.put(predicate.getURI(), ExtensionTerms.value(list)));
    if (!kept.isEmpty()) {
      unmappable(kept, where);
    }
    return values.isEmpty() ? Extensions.NONE : Extensions.of(values);
  }

  /**
   * Several values of one predicate have no order in RDF; sort them so reading is deterministic.
   */
  private void unmappable(List<Triple> triples, String where) {
    if (!keepUnknown) {
      for (Triple triple : triples) {
        problem(where, triple.getPredicate(), Message.of("rdf.mapping.unknown-property"));
      }
      return;
    }
    unmapped.addAll(triples);
  }

  /**
   * Builds a record from what was read: an absent component takes its empty value from the model
   * description, and an absent required one is reported by its predicate. A record with a part that
   * failed fails too, without a problem of its own: the part's problems say why.
   */
  private Object construct(Class<?> type, Object[] args, String where) {
    Mappings.Type mapping = Mappings.of(type);
    List<Component> components = mapping.components();
    boolean failed = false;
    for (int i = 0; i < components.size(); i++) {
      Component component = components.get(i);
      if (args[i] == FAILED) {
        failed = true;
        continue;
      } else if (args[i] != null) {
        continue;
      }
      args[i] = component.emptyValue();
      if (args[i] == null && !component.nullable()) {
        Mappings.Property property = mapping.properties().get(i);
        problem(
            where,
            property.predicate(),
            Message.of("rdf.mapping.missing", type.getSimpleName(), component.name()));
        failed = true;
      }
    }
    if (failed) {
      return FAILED;
    }
    try {
      return mapping.construct(args);
    } catch (InvalidValueException e) {
      return invalid(where, null, e);
    } catch (IllegalArgumentException e) {
      return problem(where, null, Message.of("rdf.mapping.invalid", e.getMessage()));
    }
  }

  private int position(Node node) {
    Node position = single(node, POSITION, describe(node));
    return position == null || position == FAILED_NODE
        ? Integer.MAX_VALUE
        : Integer.parseInt(position.getLiteralLexicalForm());
  }

  /** The objects of a predicate, or of one it replaced if it has none. */
  private List<Node> objects(Node subject, Node predicate) {
    List<Node> objects = find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
    for (Node legacy : Mappings.legacyOf(predicate)) {
      if (!objects.isEmpty()) {
        break;
      }
      objects = find(subject, legacy, Node.ANY).mapWith(Triple::getObject).toList();
    }
    return objects;
  }

  /** The one object of a predicate, {@code null} if there is none, {@link #FAILED} if several. */
  private @Nullable Node single(Node subject, Node predicate, String where) {
    List<Node> objects = objects(subject, predicate);
    if (objects.size() > 1) {
      problem(where, predicate, Message.of("rdf.mapping.too-many", objects.size()));
      return FAILED_NODE;
    }
    return objects.isEmpty() ? null : objects.get(0);
  }

  /** {@link #FAILED} where a node is expected. */
  private static final Node FAILED_NODE = NodeFactory.createBlankNode("failed");

  private interface Read {
    Object get();
  }

  private Object term(Read read, String where, Node predicate) {
    try {
      return read.get();
    } catch (Terms.BadTerm e) {
      return problem(where, predicate, Message.plain(String.valueOf(e.getMessage())));
    } catch (InvalidValueException e) {
      return invalid(where, predicate, e);
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

package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.COUNTRY;
import static eu.clusterdata.rdf.ClusterVocabulary.ID;
import static eu.clusterdata.rdf.ClusterVocabulary.LANGUAGE;
import static eu.clusterdata.rdf.ClusterVocabulary.NACE_2;
import static eu.clusterdata.rdf.ClusterVocabulary.NACE_2_1;
import static eu.clusterdata.rdf.ClusterVocabulary.NS;
import static eu.clusterdata.rdf.ClusterVocabulary.NUTS;
import static eu.clusterdata.rdf.ClusterVocabulary.XSD;

import eu.clusterdata.model.Extensions;
import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.OpenCode;
import eu.clusterdata.model.description.Component;
import eu.clusterdata.model.description.Constraint;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.Scalar;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Generates the SHACL shapes of a profile graph from {@link Mappings} and the model's own
 * constraints, so that the shapes describe exactly what the writer writes. The shipped {@code
 * shapes.ttl} is this output; a test fails when they drift.
 */
public final class ProfileShapes {

  static final String SH = "http://www.w3.org/ns/shacl#";

  private final Graph graph = GraphFactory.createDefaultGraph();
  private final java.util.Map<Class<?>, Node> codeLists = new java.util.HashMap<>();

  private ProfileShapes() {
    graph
        .getPrefixMapping()
        .setNsPrefixes(eu.clusterdata.rdf.ClusterVocabulary.PREFIXES)
        .setNsPrefix("sh", SH);
  }

  /** Returns the shapes as Turtle. */
  public static String turtle() {
    ProfileShapes shapes = new ProfileShapes();
    for (Mappings.Type type : Mappings.all()) {
      if (!type.classes().isEmpty()) {
        shapes.nodeShape(type);
      }
    }
    shapes.intervalShape();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(shapes.graph).format(RDFFormat.TURTLE_PRETTY).output(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Node shapeOf(Class<?> type) {
    return uri(NS + type.getSimpleName() + "Shape");
  }

  private void nodeShape(Mappings.Type type) {
    Node shape = shapeOf(type.type());
    add(shape, RDF.Nodes.type, uri(SH + "NodeShape"));
    Node target = type.classes().get(type.classes().size() - 1);
    // A record typed by standard classes alone (a citation, a source) is checked where its parent
    // points to it (sh:node), not wherever a graph uses the class.
    if (target.getURI().startsWith(NS)) {
      add(shape, uri(SH + "targetClass"), target);
    }
    properties(shape, type.type());
  }

  /** Adds the property shapes of {@code type}, those of its inline records included. */
  private void properties(Node shape, Class<?> type) {
    Mappings.Type mapping = Mappings.of(type);
    List<Component> components = mapping.components();
    for (int i = 0; i < components.size(); i++) {
      Mappings.Property property = mapping.properties().get(i);
      Component component = components.get(i);
      switch (property.kind()) {
        case ID, EXTENSIONS -> {}
        case INLINE -> properties(shape, component.valueType());
        case LANGUAGE -> {
          Node p = property(shape, property.triplePredicate(), false, true);
          Node iri = blank();
          add(iri, uri(SH + "nodeKind"), uri(SH + "IRI"));
          add(iri, uri(SH + "pattern"), literal("^" + LANGUAGE + "[A-Z]{3}$"));
          Node tag = blank();
          add(tag, uri(SH + "datatype"), XSDDatatype.XSDlanguage);
          add(p, uri(SH + "or"), list(List.of(iri, tag)));
        }
        case IMPULSE -> {
          Node p = property(shape, property.triplePredicate(), !component.nullable(), false);
          add(
              p,
              uri(SH + "in"),
              list(
                  ImpulseCatalogue.impulses().stream()
                      .map(impulse -> Terms.impulse(impulse.code()))
                      .toList()));
        }
        case VALUE -> {
          boolean many = component.isCollection();
          Class<?> valueType = component.valueType();
          boolean required = component.required();
          if (property.triplePredicate().equals(StandardTerms.SPATIAL)
              && StandardTerms.carriesCountry(mapping)) {
            regionBesideCountry(shape, required);
            continue;
          }
          Node p =
              property(
                  shape,
                  property.triplePredicate(),
                  required,
                  many || valueType == MultilingualText.class);
          value(p, valueType);
          constraints(p, component.constraints());
        }
      }
    }
  }

  /**
   * The region of a location on {@code dct:spatial}, where the writer also puts the country (a
   * standard triple beside {@code cd:country}): every value is a region of the lists or a country
   * IRI, and at most one (exactly one if required) is a region.
   */
  private void regionBesideCountry(Node shape, boolean required) {
    Node p = property(shape, StandardTerms.SPATIAL, false, true);
    Node region = blank();
    value(region, NutsCode.class);
    Node country = blank();
    value(country, CountryCode.class);
    add(p, uri(SH + "or"), list(List.of(region, country)));
    // An sh:or violation says only "Or"; this says what was expected.
    add(
        p,
        uri(SH + "message"),
        literal(
            "not in the list of allowed values: a region of NUTS 2021 or 2024, or a country of the"
                + " EU's authority table"));
    Node anyRegion = blank();
    iriPattern(anyRegion, "^" + NUTS);
    add(p, uri(SH + "qualifiedValueShape"), anyRegion);
    add(p, uri(SH + "qualifiedMaxCount"), integer(1));
    if (required) {
      add(p, uri(SH + "qualifiedMinCount"), integer(1));
    }
  }

  private Node property(Node shape, Node predicate, boolean required, boolean many) {
    Node p = blank();
    add(shape, uri(SH + "property"), p);
    add(p, uri(SH + "path"), predicate);
    if (required) {
      add(p, uri(SH + "minCount"), integer(1));
    }
    if (!many) {
      add(p, uri(SH + "maxCount"), integer(1));
    }
    return p;
  }

  private void value(Node p, Class<?> type) {
    Optional<Scalar> scalar = Scalar.of(type);
    if (scalar.isPresent()) {
      String datatype =
          switch (scalar.get()) {
            case STRING, CURRENCY -> "string";
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case YEAR -> "gYear";
            case DATE -> "date";
            case DATE_TIME -> "dateTime";
          };
      add(p, uri(SH + "datatype"), uri(XSD + datatype));
    } else if (type == Iri.class) {
      add(p, uri(SH + "nodeKind"), uri(SH + "IRI"));
    } else if (type == NutsVersion.class) {
      add(p, uri(SH + "datatype"), uri(XSD + "string"));
      add(
          p,
          uri(SH + "in"),
          list(
              Arrays.stream(NutsVersion.values())
                  .map(v -> NodeFactory.createLiteralString(v.label()))
                  .toList()));
    } else if (type == MultilingualText.class) {
      add(p, uri(SH + "datatype"), RDF.Nodes.langString);
      add(p, uri(SH + "uniqueLang"), XSDDatatype.XSDboolean, "true");
    } else if (type == NutsCode.class) {
      iriPattern(p, "^" + NUTS + "(?:" + shape(NutsCode.class) + ")$");
      add(p, uri(SH + "in"), codes(NutsCode.class));
    } else if (type == CountryCode.class) {
      iriPattern(p, "^" + COUNTRY + "[A-Z]{3}$");
    } else if (type == NaceCode.class) {
      iriPattern(p, "^(" + NACE_2 + "([A-U]|[0-9]{2,4})|" + NACE_2_1 + "([A-V]|[0-9]{2,4}))$");
      add(p, uri(SH + "in"), codes(NaceCode.class));
    } else if (OpenCode.class.isAssignableFrom(type)) {
      iriPattern(p, "^" + ID + Terms.scheme(type) + "/(?:" + shape(type) + ")$");
    } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
      add(
          p,
          uri(SH + "in"),
          list(java.util.Arrays.stream(type.getEnumConstants()).map(Terms::toNode).toList()));
    } else if (type == DateRange.class) {
      add(p, uri(SH + "node"), uri(NS + "IntervalShape"));
    } else if (Mappings.isMapped(type)) {
      add(p, uri(SH + "node"), shapeOf(type));
    } else if (type != Extensions.class) {
      throw new IllegalStateException("no shape for " + type);
    }
  }

  private void constraints(Node p, List<Constraint> constraints) {
    for (Constraint constraint : constraints) {
      if (constraint instanceof Constraint.Range range) {
        if (range.min() != null) {
          add(p, uri(SH + "minInclusive"), XSDDatatype.XSDdecimal, range.min().toPlainString());
        }
        if (range.max() != null) {
          add(p, uri(SH + "maxInclusive"), XSDDatatype.XSDdecimal, range.max().toPlainString());
        }
      } else if (constraint instanceof Constraint.Pattern pattern) {
        add(p, uri(SH + "pattern"), literal("^(?:" + pattern.regex().pattern() + ")$"));
      } else if (constraint instanceof Constraint.Email) {
        add(p, uri(SH + "pattern"), literal("^[^@\\s]+@[^@\\s]+$"));
      } else if (constraint instanceof Constraint.NotBlank) {
        add(p, uri(SH + "pattern"), literal("\\S"));
      }
    }
  }

  /** The shape of a period: an OWL-Time interval with optional beginning and end dates. */
  private void intervalShape() {
    Node shape = uri(NS + "IntervalShape");
    add(shape, RDF.Nodes.type, uri(SH + "NodeShape"));
    for (Node edge : List.of(Mappings.HAS_BEGINNING, Mappings.HAS_END)) {
      Node p = property(shape, edge, false, false);
      Node instant = blank();
      add(p, uri(SH + "node"), instant);
      Node date = property(instant, Mappings.IN_XSD_DATE, true, false);
      add(date, uri(SH + "datatype"), uri(XSD + "date"));
    }
  }

  /** The pattern the model description gives a record that is one string, such as a NUTS code. */
  private static String shape(Class<?> type) {
    return ModelDescription.of(type.asSubclass(Record.class)).constraints().stream()
        .filter(c -> c instanceof Constraint.Pattern)
        .map(c -> ((Constraint.Pattern) c).regex().pattern())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type + " has no pattern"));
  }

  private void iriPattern(Node p, String regex) {
    add(p, uri(SH + "nodeKind"), uri(SH + "IRI"));
    add(p, uri(SH + "pattern"), literal(regex));
  }

  /**
   * The official codes as one list, shared by every property that takes them: the regions of NUTS
   * 2021 and 2024 (which version a profile follows is the model validator's question), the
   * activities of NACE Rev. 2 and 2.1.
   */
  private Node codes(Class<?> type) {
    return codeLists.computeIfAbsent(
        type,
        t -> {
          java.util.SortedSet<String> iris = new java.util.TreeSet<>();
          if (t == NutsCode.class) {
            for (NutsVersion version : NutsVersion.values()) {
              NutsClassification.of(version).regions().forEach(r -> iris.add(NUTS + r.code()));
            }
          } else {
            for (NaceRevision revision : NaceRevision.values()) {
              NaceClassification.of(revision)
                  .activities()
                  .forEach(a -> iris.add(Terms.toNode(a.code()).getURI()));
            }
          }
          return list(iris.stream().map(ProfileShapes::uri).toList());
        });
  }

  private Node list(List<Node> elements) {
    Node head = RDF.Nodes.nil;
    List<Node> reversed = new ArrayList<>(elements);
    java.util.Collections.reverse(reversed);
    for (Node element : reversed) {
      Node cell = blank();
      add(cell, RDF.Nodes.first, element);
      add(cell, RDF.Nodes.rest, head);
      head = cell;
    }
    return head;
  }

  private void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }

  private void add(Node s, Node p, XSDDatatype datatype, String lexical) {
    add(s, p, NodeFactory.createLiteralDT(lexical, datatype));
  }

  private void add(Node s, Node p, XSDDatatype datatype) {
    add(s, p, uri(datatype.getURI()));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node blank() {
    return NodeFactory.createBlankNode();
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }

  private static Node integer(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
  }
}

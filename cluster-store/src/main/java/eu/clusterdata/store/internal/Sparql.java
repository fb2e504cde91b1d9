package eu.clusterdata.store.internal;

import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.ProfileStoreException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The store's SPARQL: fixed query texts whose variables are bound to RDF terms by rewriting the
 * parsed query ({@link QueryTransformOps}), so no value is ever pasted into query text.
 *
 * <p>Each profile is the named graph of its organisation, so the queries match a cluster's triples
 * with {@code GRAPH ?org}.
 */
public final class Sparql {

  private static final String PROLOGUE =
      new TreeMap<>(ClusterVocabulary.PREFIXES)
          .entrySet().stream()
              .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n")
              .collect(Collectors.joining());

  /** The identifiers of every stored profile. */
  public static final Query IDS =
      parse(
          """
          SELECT DISTINCT ?org WHERE { GRAPH ?org { ?profile foaf:primaryTopic ?org } }
          ORDER BY ?org
          """);

  /** The number of stored profiles. */
  public static final Query COUNT =
      parse(
          """
          SELECT (COUNT(DISTINCT ?org) AS ?n)
          WHERE { GRAPH ?org { ?profile foaf:primaryTopic ?org } }
          """);

  /**
   * Starts with inline VALUES, filled per call, and a required pattern inside GRAPH: the engine
   * then looks each cluster up directly (an OPTIONAL first inside GRAPH makes it scan every graph).
   */
  private static final String SUMMARIES =
      """
      SELECT ?org ?name ?acronym ?region WHERE {
        VALUES ?org {}
        GRAPH ?org { ?org skos:prefLabel ?name }
        OPTIONAL { GRAPH ?org { ?org cd:acronym ?acronym } }
        OPTIONAL { GRAPH ?org { ?org dct:spatial ?region } }
      }
      """;

  private static final Query MEMBERS =
      parse(
          """
          SELECT ?actor ?role ?name ?type WHERE {
            GRAPH ?org {
              ?profile foaf:primaryTopic ?org ; cd:membership ?membership .
              ?membership org:member ?actor ; org:role ?role .
              OPTIONAL { ?actor skos:prefLabel ?name }
              OPTIONAL { ?actor dct:type|cd:actorType ?type }
            }
          } ORDER BY ?actor ?role
          """);

  // Only memberships have org:member, only services schema:serviceType, and so on: the patterns
  // below match on those properties directly instead of walking from the profile node, because
  // property paths inside GRAPH ?g make the engine visit every graph. (Partnership interests name
  // their topics with predicates of their own, cd:interestTransformation and the like.) Where a
  // standard term replaced one of ours (dct:subject, cd:transformation), both are asked for, so
  // that profiles stored before still answer.

  private static final Query SHARED_MEMBERS =
      parse(
          """
          SELECT DISTINCT ?other ?actor WHERE {
            GRAPH ?org { ?membership org:member ?actor }
            GRAPH ?other { ?membership2 org:member ?actor }
            FILTER (?other != ?org)
          } ORDER BY ?other ?actor
          """);

  private Sparql() {}

  /**
   * The clusters that meet every criterion set; a label without its own day is asked for on {@code
   * today}.
   */
  public static Query find(ClusterQuery query, LocalDate today) {
    StringBuilder where = new StringBuilder("?profile foaf:primaryTopic ?org .\n");
    Map<String, Node> values = new HashMap<>();
    if (query.region() != null) {
      where.append("?org dct:spatial ?region . FILTER (STRSTARTS(STR(?region), ?regionPrefix))\n");
      values.put(
          "regionPrefix",
          NodeFactory.createLiteralString(ClusterVocabulary.term(query.region()).getURI()));
    }
    if (query.ecosystem() != null) {
      where.append("?org cd:industrialEcosystem ?ecosystem .\n");
      values.put("ecosystem", ClusterVocabulary.term(query.ecosystem()));
    }
    if (query.transformation() != null) {
      where.append("?driver dct:subject|cd:transformation ?transformation .\n");
      values.put("transformation", ClusterVocabulary.term(query.transformation()));
    }
    if (query.serviceArea() != null) {
      where.append("?service schema:serviceType|cd:serviceArea ?serviceArea .\n");
      values.put("serviceArea", ClusterVocabulary.term(query.serviceArea()));
    }
    if (query.impulse() != null) {
      where.append("?uptake prov:used|cd:impulse ?impulse .\n");
      values.put("impulse", ClusterVocabulary.impulse(query.impulse()));
    }
    if (query.label() != null) {
      // An EUCLES label (one without a scheme, or of the EUCLES scheme) valid on the day: awarded
      // on or before it and valid through it, where the dates are known.
      where.append(
          """
          ?label schema:credentialCategory|cd:labelLevel ?labelLevel .
          FILTER NOT EXISTS {
            ?label schema:recognizedBy|cd:labelScheme ?scheme FILTER (?scheme != ?eucles)
          }
          OPTIONAL { ?label dct:issued ?awarded }
          OPTIONAL { ?label schema:validThrough ?validThrough }
          FILTER ((!BOUND(?awarded) || ?awarded <= ?day)
              && (!BOUND(?validThrough) || ?validThrough >= ?day))
          """);
      values.put("labelLevel", ClusterVocabulary.term(query.label()));
      values.put("eucles", ClusterVocabulary.term(LabelScheme.EUCLES));
      LocalDate day = query.labelValidOn() != null ? query.labelValidOn() : today;
      values.put("day", NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate));
    }
    return bind(
        parse("SELECT DISTINCT ?org WHERE { GRAPH ?org {\n" + where + "} } ORDER BY ?org"), values);
  }

  /** The names and acronyms of these clusters. */
  public static Query summaries(Collection<Node> clusters) {
    return values(parse(SUMMARIES), "org", clusters);
  }

  /** The members of a cluster. */
  public static Query members(Node cluster) {
    return bind(MEMBERS, Map.of("org", cluster));
  }

  /** The clusters sharing members with a cluster, with the shared members. */
  public static Query sharedMembers(Node cluster) {
    return bind(SHARED_MEMBERS, Map.of("org", cluster));
  }

  /**
   * The values of one {@link Fact} in every graph: rows of the graph {@code ?g}, the subject {@code
   * ?s} and the value {@code ?v}.
   */
  static Query facts(String pattern) {
    return parse("SELECT ?g ?s ?v WHERE { GRAPH ?g { " + pattern + " } }");
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * A caller's {@code SELECT} query with the usual prefixes declared and its parameters bound.
   *
   * @throws ProfileStoreException if the text is not a SPARQL {@code SELECT} query
   */
  public static Query select(String text, Map<String, ?> parameters) {
    Query query = new Query();
    query.setPrefixMapping(
        PrefixMapping.Factory.create().setNsPrefixes(ClusterVocabulary.PREFIXES));
    try {
      QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
    } catch (QueryException e) {
      throw new ProfileStoreException("not a valid SPARQL query: " + e.getMessage(), e);
    }
    if (!query.isSelectType()) {
      throw new ProfileStoreException(
          "only SELECT queries are run here; this is a " + query.queryType() + " query");
    }
    Map<String, Node> values = new HashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (!NAME.matcher(name).matches()
              || !Pattern.compile("[?$]" + name + "\\b").matcher(text).find()) {
            throw new IllegalArgumentException(
                "parameter " + name + " is not a variable of the query (?" + name + ")");
          }
          values.put(name, term(value));
        });
    return bind(query, values);
  }

  /** The RDF term for a parameter value. */
  static Node term(Object value) {
    if (value instanceof Node node) {
      return node;
    } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger);
    } else if (value instanceof Double number) {
      return NodeFactory.createLiteralDT(number.toString(), XSDDatatype.XSDdouble);
    }
    return ClusterVocabulary.term(value);
  }

  private static Query parse(String text) {
    return QueryFactory.create(PROLOGUE + text);
  }

  private static Query bind(Query query, Map<String, Node> values) {
    if (values.isEmpty()) {
      return query;
    }
    Map<Var, Node> byVar = new HashMap<>();
    values.forEach((name, value) -> byVar.put(Var.alloc(name), value));
    return QueryTransformOps.replaceVars(query, byVar);
  }

  /**
   * Fills the inline {@code VALUES} block that opens the query's pattern. Inline, not trailing: the
   * engine then binds the variable first and looks each value up, instead of evaluating the whole
   * pattern and joining at the end.
   */
  private static Query values(Query query, String variable, Collection<Node> nodes) {
    ElementData data = (ElementData) ((ElementGroup) query.getQueryPattern()).get(0);
    Var var = Var.alloc(variable);
    nodes.forEach(node -> data.add(BindingFactory.binding(var, node)));
    return query;
  }
}

package eu.clusterdata.store.internal;

import eu.clusterdata.rdf.ClusterVocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * Writes graphs into a SPARQL Update request, compactly: the project's prefixes once, each subject
 * once with its predicate-object list, and the triples as an {@code INSERT { } WHERE { }} template
 * rather than {@code INSERT DATA}, whose blank nodes Virtuoso refuses ("Blank node is not allowed
 * in a constant clause"). A template's blank nodes are fresh for its one solution, as those of
 * {@code INSERT DATA} are. The compact form matters on Virtuoso, which refuses a request whose text
 * exceeds 10 MB.
 */
final class UpdateText {

  private static final PrefixMap PREFIXES = prefixes();

  private static PrefixMap prefixes() {
    Map<String, String> prefixes = new LinkedHashMap<>(ClusterVocabulary.PREFIXES);
    prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    prefixes.put("nuts", ClusterVocabulary.NUTS);
    prefixes.put("country", ClusterVocabulary.COUNTRY);
    return PrefixMapFactory.create(prefixes);
  }

  private UpdateText() {}

  /** The prefixes as Turtle and TriG declare them, which every Turtle reader knows. */
  static void turtlePrologue(Appendable out) throws IOException {
    declare(out, "@prefix ", " .\n");
  }

  /** The prologue every request begins with. */
  static void prologue(Appendable out) throws IOException {
    declare(out, "PREFIX ", "\n");
  }

  private static void declare(Appendable out, String keyword, String end) throws IOException {
    for (Map.Entry<String, String> prefix : PREFIXES.getMapping().entrySet()) {
      out.append(keyword)
          .append(prefix.getKey())
          .append(": <")
          .append(prefix.getValue())
          .append('>')
          .append(end);
    }
  }

  /**
   * The templates that put {@code graph} into a named graph, for {@link #insert}: one per {@code
   * INSERT} operation, of at most {@link #TRIPLES_PER_OPERATION} triples where the graph is larger
   * (Virtuoso compiles each template into SQL and refuses one over 10,000 lines), each holding
   * whole groups of triples joined by blank nodes, since a blank node of one template is not the
   * same node as its label in another. Made once per graph, whichever names it is inserted under.
   */
  static List<String> templates(Graph graph) throws IOException {
    List<List<Triple>> operations = new ArrayList<>();
    List<Triple> current = new ArrayList<>();
    for (List<Triple> group : blankNodeGroups(graph)) {
      if (!current.isEmpty() && current.size() + group.size() > TRIPLES_PER_OPERATION) {
        operations.add(current);
        current = new ArrayList<>();
      }
      current.addAll(group);
    }
    if (!current.isEmpty()) {
      operations.add(current);
    }
    List<String> templates = new ArrayList<>(operations.size());
    for (List<Triple> operation : operations) {
      StringBuilder template = new StringBuilder();
      triples(operation, template);
      templates.add(template.toString());
    }
    return templates;
  }

  /** Appends the operations that insert {@code templates} into the graph named {@code name}. */
  static void insert(String name, List<String> templates, Appendable out) throws IOException {
    for (String template : templates) {
      out.append("INSERT { GRAPH ").append(name).append(" {\n");
      out.append(template);
      out.append("} } WHERE {} ;\n");
    }
  }

  /** At most this many triples go into one {@code INSERT} template. */
  static final int TRIPLES_PER_OPERATION = 400;

  /**
   * The triples of {@code graph} in groups: those about one IRI subject (with its literals and
   * IRIs), joined with every triple of the blank nodes it reaches; in the order of first subjects.
   */
  private static List<List<Triple>> blankNodeGroups(Graph graph) {
    Map<Node, Node> root = new java.util.HashMap<>(); // union-find over subjects and blank nodes
    List<Triple> all = graph.find().toList();
    for (Triple t : all) {
      if (t.getObject().isBlank()) {
        union(root, t.getSubject(), t.getObject());
      } else {
        find(root, t.getSubject());
      }
    }
    Map<Node, List<Triple>> groups = new LinkedHashMap<>();
    for (Triple t : all) {
      groups.computeIfAbsent(find(root, t.getSubject()), k -> new ArrayList<>()).add(t);
    }
    return new ArrayList<>(groups.values());
  }

  private static Node find(Map<Node, Node> root, Node node) {
    Node parent = root.computeIfAbsent(node, n -> n);
    if (parent.equals(node)) {
      return node;
    }
    Node top = find(root, parent);
    root.put(node, top);
    return top;
  }

  private static void union(Map<Node, Node> root, Node a, Node b) {
    Node ra = find(root, a);
    Node rb = find(root, b);
    if (!ra.equals(rb)) {
      root.put(rb, ra);
    }
  }

  /** Appends {@code triples}, grouped by subject, as template lines. */
  private static void triples(List<Triple> all, Appendable out) throws IOException {
    Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
    all.forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
    for (Map.Entry<Node, List<Triple>> subject : bySubject.entrySet()) {
      out.append(term(subject.getKey()));
      List<Triple> triples = subject.getValue();
      triples.sort(Comparator.comparing(t -> t.getPredicate().getURI()));
      for (int i = 0; i < triples.size(); i++) {
        out.append(i == 0 ? " " : " ;\n  ")
            .append(term(triples.get(i).getPredicate()))
            .append(' ')
            .append(term(triples.get(i).getObject()));
      }
      out.append(" .\n");
    }
  }

  private static String term(Node node) {
    return NodeFmtLib.str(node, PREFIXES);
  }
}

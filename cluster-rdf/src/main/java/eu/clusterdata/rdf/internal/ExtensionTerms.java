package eu.clusterdata.rdf.internal;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * RDF terms inside extensions, written as JSON-LD writes them: {@code {"@id": iri}} for an IRI,
 * {@code {"@value": text, "@language": tag}} or {@code {"@value": text, "@type": datatype}} for a
 * literal. A triple the mapping does not know is kept this way, and written back as the same term.
 */
final class ExtensionTerms {

  private ExtensionTerms() {}

  static boolean isTerm(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return false;
    }
    if (map.size() == 1 && map.get("@id") instanceof String) {
      return true;
    }
    return map.get("@value") instanceof String
        && map.keySet().stream()
            .allMatch(k -> k.equals("@value") || k.equals("@language") || k.equals("@type"))
        && !(map.containsKey("@language") && map.containsKey("@type"));
  }

  static Node toNode(Map<?, ?> term) {
    if (term.containsKey("@id")) {
      return NodeFactory.createURI((String) term.get("@id"));
    }
    String value = (String) term.get("@value");
    if (term.get("@language") instanceof String language) {
      return NodeFactory.createLiteralLang(value, language);
    }
    if (term.get("@type") instanceof String type) {
      return NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(type));
    }
    return NodeFactory.createLiteralString(value);
  }

  /**
   * Returns an IRI or literal as a value object ({@code rdf:JSON} literals as the JSON they hold,
   * which may be {@code null}). Blank nodes are not terms that extensions can hold.
   */
  static Object fromNode(Node node) {
    Map<String, Object> term = new TreeMap<>();
    if (node.isURI()) {
      term.put("@id", node.getURI());
    } else if (node.isLiteral()) {
      String datatype = node.getLiteralDatatypeURI();
      if (datatype.equals(GraphWriter.CD_JSON) || datatype.equals(GraphWriter.RDF_JSON)) {
        return JsonText.read(node.getLiteralLexicalForm());
      }
      term.put("@value", node.getLiteralLexicalForm());
      if (!node.getLiteralLanguage().isEmpty()) {
        term.put("@language", node.getLiteralLanguage());
      } else if (!node.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
        term.put("@type", node.getLiteralDatatypeURI());
      }
    } else {
      throw new IllegalArgumentException("a blank node cannot be an extension value");
    }
    return term;
  }
}

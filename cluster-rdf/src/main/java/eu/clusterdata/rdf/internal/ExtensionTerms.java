package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.value.MultilingualText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * RDF terms inside extensions, written as JSON-LD writes them: {@code {"@id": iri}} for an IRI,
 * {@code {"@value": text, "@language": tag}} or {@code {"@value": text, "@type": datatype}} for a
 * literal. A triple the mapping does not know is kept this way, and written back as the same term.
 */
final class ExtensionTerms {

  private ExtensionTerms() {}

  /**
   * Whether {@code value} is a term that is written as itself and read back the same: an {@code
   * @id} that is an absolute IRI; a literal whose language tag is well-formed and in the case RDF
   * stores keep (a store writes {@code en-us} back as {@code en-US}); a typed literal whose datatype
   * is an absolute IRI and, for a datatype the RDF library knows, whose text is of that datatype.
   * Anything else is written as the JSON it is ({@code rdf:JSON}), which reads back unchanged.
   */
  static boolean isTerm(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return false;
    }
    if (map.size() == 1 && map.get("@id") instanceof String iri) {
      return isAbsoluteIri(iri);
    }
    if (!(map.get("@value") instanceof String text)
        || !map.keySet().stream()
            .allMatch(k -> k.equals("@value") || k.equals("@language") || k.equals("@type"))
        || (map.containsKey("@language") && map.containsKey("@type"))) {
      return false;
    }
    if (map.containsKey("@language")) {
      return map.get("@language") instanceof String tag
          && MultilingualText.isLanguageTag(tag)
          && MultilingualText.canonicalTag(tag).equals(tag);
    }
    if (map.containsKey("@type")) {
      if (!(map.get("@type") instanceof String type) || !isAbsoluteIri(type)) {
        return false;
      }
      RDFDatatype known = TypeMapper.getInstance().getTypeByName(type);
      return known == null || known.isValid(text);
    }
    return true;
  }

  /** Whether {@code text} is an absolute IRI that RDF syntaxes carry unchanged. */
  static boolean isAbsoluteIri(String text) {
    if (text.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
      return false;
    }
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
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
  static @Nullable Object fromNode(Node node) {
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

  /**
   * The extension value of a property's terms: one term as itself, several as a list in the order
   * of their JSON text, so that the same triples give the same value every time.
   */
  static Object value(List<Object> terms) {
    if (terms.size() == 1) {
      return terms.get(0);
    }
    List<Object> copy = new ArrayList<>(terms);
    copy.sort(Comparator.comparing(JsonText::write));
    return copy;
  }
}

package eu.clusterdata.rdf;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Makes the JSON-LD context the jar ships ({@code context.jsonld}) from what the writer writes: the
 * project's prefixes, {@code id} and {@code type} for {@code @id} and {@code @type}, and a term for
 * every property and class of those vocabularies in the graphs of generated profiles, named by its
 * local name, with the coercion its values allow: IRIs as strings, texts as language maps, one
 * datatype as that type, several values as a set. Where two IRIs share a local name, the vocabulary
 * first in {@link ClusterVocabulary#PREFIXES} has the term and the other stays a compact IRI; every
 * value a term does not fit is written as a compact IRI with its value object, so nothing is lost.
 * {@code ContextTest} compares the result with the shipped file.
 */
final class ContextSource {

  private static final String XSD_STRING = ClusterVocabulary.XSD + "string";
  private static final Set<String> NATIVE =
      Set.of(ClusterVocabulary.XSD + "integer", ClusterVocabulary.XSD + "boolean");

  /** What a property's values were seen to be. */
  private static final class Seen {
    final Set<String> kinds = new HashSet<>();
    boolean several;
  }

  private ContextSource() {}

  static String generate() {
    Map<String, Seen> properties = new HashMap<>();
    Set<String> classes = new HashSet<>();
    ClusterRdf rdf = ClusterRdf.create();
    List<ClusterProfile> profiles =
        new ArrayList<>(ProfileGenerator.seeded(1201).stream(300).toList());
    profiles.add(eu.clusterdata.model.testing.TestProfiles.valid());
    for (ClusterProfile profile : profiles) {
      Graph graph = rdf.toGraph(profile);
      Map<String, Integer> counts = new HashMap<>();
      for (Triple t : graph.find().toList()) {
        String predicate = t.getPredicate().getURI();
        if (predicate.equals(RDF.type.getURI())) {
          if (prefixOf(t.getObject().getURI()) != null) {
            classes.add(t.getObject().getURI());
          }
          continue;
        }
        if (prefixOf(predicate) == null) {
          continue; // a platform's own extension vocabulary
        }
        Seen seen = properties.computeIfAbsent(predicate, p -> new Seen());
        seen.kinds.add(kind(t.getObject()));
        String key = t.getSubject() + " " + predicate;
        if (counts.merge(key, 1, Integer::sum) > 1) {
          seen.several = true;
        }
      }
    }
    Map<String, String> terms = new TreeMap<>(); // term -> IRI
    List<String> iris = new ArrayList<>(properties.keySet());
    iris.addAll(classes);
    iris.sort(ContextSource::byVocabulary);
    Map<String, String> taken = new HashMap<>();
    for (String iri : iris) {
      String term = localName(iri);
      if (!ClusterVocabulary.PREFIXES.containsKey(term)
          && !term.equals("id")
          && !term.equals("type")
          && !taken.containsKey(term)) {
        taken.put(term, iri);
        terms.put(term, iri);
      }
    }
    StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
    List<String> entries = new ArrayList<>();
    // A number, as JSON-LD 1.1 requires: jsonld.js refuses the string "1.1", Titanium took it.
    entries.add("    \"@version\": 1.1");
    entries.add(entry("id", "\"@id\""));
    entries.add(entry("type", "\"@type\""));
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      entries.add(entry(prefix.getKey(), "\"" + prefix.getValue() + "\""));
    }
    for (Map.Entry<String, String> term : terms.entrySet()) {
      String iri = term.getValue();
      Seen seen = properties.get(iri);
      Map<String, String> definition = new LinkedHashMap<>();
      definition.put("@id", "\"" + compact(iri) + "\"");
      if (seen != null) {
        String coercion = coercion(seen.kinds);
        if (coercion != null && coercion.equals("@language")) {
          definition.put("@container", "\"@language\"");
        } else if (coercion != null) {
          definition.put("@type", "\"" + coercion + "\"");
        }
        if (seen.several && !"@language".equals(coercion)) {
          definition.put("@container", "\"@set\"");
        }
      }
      if (definition.size() == 1) {
        entries.add(entry(term.getKey(), definition.get("@id")));
      } else {
        StringBuilder object = new StringBuilder("{ ");
        definition.forEach(
            (k, v) ->
                object
                    .append(object.length() > 2 ? ", " : "")
                    .append('"')
                    .append(k)
                    .append("\": ")
                    .append(v));
        entries.add(entry(term.getKey(), object.append(" }").toString()));
      }
    }
    json.append(String.join(",\n", entries)).append("\n  }\n}\n");
    return json.toString();
  }

  private static String entry(String key, String value) {
    return "    \""
        + key
        + "\": "
        + (value.startsWith("\"") || value.startsWith("{") ? value : "\"" + value + "\"");
  }

  /** {@code iri}, {@code blank}, {@code lang}, or the datatype of a typed literal. */
  private static String kind(Node object) {
    if (object.isURI()) {
      return "iri";
    } else if (object.isBlank()) {
      return "blank";
    } else if (!object.getLiteralLanguage().isEmpty()) {
      return "lang";
    }
    return object.getLiteralDatatypeURI();
  }

  /** The coercion every value seen allows, or null. */
  private static String coercion(Set<String> kinds) {
    if (kinds.stream().allMatch(k -> k.equals("iri") || k.equals("blank"))) {
      return "@id";
    } else if (kinds.contains("lang")
        && kinds.stream().allMatch(k -> k.equals("lang") || k.equals(XSD_STRING))) {
      return "@language"; // a text without a language goes under @none
    } else if (kinds.size() == 1) {
      String datatype = kinds.iterator().next();
      if (!datatype.equals(XSD_STRING) && !NATIVE.contains(datatype) && !datatype.equals("lang")) {
        return compact(datatype);
      }
    }
    return null;
  }

  private static int byVocabulary(String a, String b) {
    List<String> order = new ArrayList<>(ClusterVocabulary.PREFIXES.keySet());
    // The public vocabularies first: a shared local name goes to them, not to cd:.
    order.remove("cd");
    order.add("cd");
    int byPrefix = Integer.compare(order.indexOf(prefixOf(a)), order.indexOf(prefixOf(b)));
    return byPrefix != 0 ? byPrefix : a.compareTo(b);
  }

  private static String prefixOf(String iri) {
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
        return prefix.getKey();
      }
    }
    return null;
  }

  private static String compact(String iri) {
    String prefix = prefixOf(iri);
    return prefix + ":" + iri.substring(ClusterVocabulary.PREFIXES.get(prefix).length());
  }

  private static String localName(String iri) {
    return iri.substring(ClusterVocabulary.PREFIXES.get(prefixOf(iri)).length());
  }
}

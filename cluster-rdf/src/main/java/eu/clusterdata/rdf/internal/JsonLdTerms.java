package eu.clusterdata.rdf.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The project's JSON-LD context read backwards, as compaction reads it: for a predicate its term
 * and how the term writes values (as identifiers, as a datatype's lexical form, as a language map,
 * always as an array), for an IRI its compact form. Covers the kinds of term definition the context
 * has and no more; {@link #of} refuses a context with others. Immutable.
 */
final class JsonLdTerms {

  /**
   * One term of the context.
   *
   * @param name the key it writes
   * @param type {@code @id} for identifiers, a datatype IRI for literals of that type, or {@code
   *     null} for values as they are
   * @param set whether values are always an array ({@code "@container": "@set"})
   * @param languageMap whether values are a map from language tag to text ({@code "@container":
   *     "@language"})
   */
  record Term(String name, @Nullable String type, boolean set, boolean languageMap) {}

  private final Map<String, String> prefixes; // prefix to namespace, longest namespaces first
  private final Map<String, Term> byPredicate;
  private final Map<String, String> classNames;

  private JsonLdTerms(
      Map<String, String> prefixes, Map<String, Term> byPredicate, Map<String, String> classNames) {
    this.prefixes = prefixes;
    this.byPredicate = byPredicate;
    this.classNames = classNames;
  }

  /** Reads the terms of {@code context}, the value of a document's {@code @context}. */
  static JsonLdTerms of(JsonObject context) {
    Map<String, String> prefixes = new HashMap<>();
    context.forEach(
        (name, definition) -> {
          if (definition instanceof JsonString iri
              && (iri.getString().endsWith("#") || iri.getString().endsWith("/"))) {
            prefixes.put(name, iri.getString());
          }
        });
    Map<String, String> sorted = new LinkedHashMap<>();
    prefixes.entrySet().stream()
        .sorted((a, b) -> b.getValue().length() - a.getValue().length())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    Map<String, Term> byPredicate = new HashMap<>();
    Map<String, String> classNames = new HashMap<>();
    context.forEach(
        (name, definition) -> {
          if (name.startsWith("@") || prefixes.containsKey(name)) {
            return;
          }
          if (definition instanceof JsonString iri) {
            String expanded = expand(iri.getString(), sorted);
            if (!expanded.startsWith("@")) {
              // A plain term names a property or a class; which, only its use tells.
              byPredicate.putIfAbsent(expanded, new Term(name, null, false, false));
              classNames.putIfAbsent(expanded, name);
            }
          } else if (definition instanceof JsonObject object) {
            String container = object.getString("@container", null);
            if (container != null && !container.equals("@set") && !container.equals("@language")) {
              throw new IllegalArgumentException("container " + container + " of " + name);
            }
            String type = object.getString("@type", null);
            Term term =
                new Term(
                    name,
                    type == null || type.equals("@id") ? type : expand(type, sorted),
                    "@set".equals(container),
                    "@language".equals(container));
            byPredicate.put(expand(object.getString("@id"), sorted), term);
          } else {
            throw new IllegalArgumentException("term definition of " + name + ": " + definition);
          }
        });
    return new JsonLdTerms(sorted, byPredicate, classNames);
  }

  /** The term of {@code predicate}, or {@code null} if the context has none. */
  @Nullable Term term(String predicate) {
    return byPredicate.get(predicate);
  }

  /** The name of a class: its term ({@code Actor}), else its compact IRI. */
  String className(String iri) {
    String name = classNames.get(iri);
    return name != null ? name : compact(iri);
  }

  /**
   * The compact IRI of {@code iri} ({@code cd:website}) by the longest namespace it starts with,
   * else {@code iri} itself.
   */
  String compact(String iri) {
    for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
      String namespace = prefix.getValue();
      if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
        String local = iri.substring(namespace.length());
        if (!local.startsWith("//")) {
          return prefix.getKey() + ":" + local;
        }
      }
    }
    return iri;
  }

  private static String expand(String value, Map<String, String> prefixes) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String namespace = prefixes.get(value.substring(0, colon));
      if (namespace != null) {
        return namespace + value.substring(colon + 1);
      }
    }
    return value;
  }
}

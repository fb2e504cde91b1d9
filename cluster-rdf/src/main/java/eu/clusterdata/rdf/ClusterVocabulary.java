package eu.clusterdata.rdf;

import eu.clusterdata.rdf.internal.Terms;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * The namespaces of the linked-data form: the public vocabularies it reuses and the project's own
 * namespace for what none of them covers. See {@code docs/rdf-mapping.md} for the term of every
 * model element.
 */
public final class ClusterVocabulary {

  /** The project's own terms (classes and properties), such as {@code cd:ClusterOrganisation}. */
  public static final String NS = "https://clusterdata.eu/ns#";

  /** The concepts of the reference catalogues, such as {@code .../id/impulse/I07}. */
  public static final String ID = "https://clusterdata.eu/id/";

  public static final String ORG = "http://www.w3.org/ns/org#";
  public static final String LOCN = "http://www.w3.org/ns/locn#";
  public static final String LEGAL = "http://www.w3.org/ns/legal#";
  public static final String SCHEMA = "https://schema.org/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String DCT = "http://purl.org/dc/terms/";
  public static final String FOAF = "http://xmlns.com/foaf/0.1/";
  public static final String TIME = "http://www.w3.org/2006/time#";
  public static final String PROV = "http://www.w3.org/ns/prov#";

  /** The Bibliographic Ontology, for where in its source a citation is: {@code bibo:locator}. */
  public static final String BIBO = "http://purl.org/ontology/bibo/";

  /** W3C's Asset Description Metadata Schema, for a status in a workflow: {@code adms:status}. */
  public static final String ADMS = "http://www.w3.org/ns/adms#";

  /**
   * The Provenance, Authoring and Versioning ontology, for when a source was retrieved: {@code
   * pav:retrievedOn}.
   */
  public static final String PAV = "http://purl.org/pav/";

  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** NUTS regions: {@code http://data.europa.eu/nuts/code/DEA1}. */
  public static final String NUTS = "http://data.europa.eu/nuts/code/";

  /** NACE Rev. 2, codes without dots: {@code http://data.europa.eu/ux2/nace2/2110}. */
  public static final String NACE_2 = "http://data.europa.eu/ux2/nace2/";

  /** NACE Rev. 2.1, codes without dots: {@code http://data.europa.eu/ux2/nace2.1/2110}. */
  public static final String NACE_2_1 = "http://data.europa.eu/ux2/nace2.1/";

  /** The EU's country table: {@code .../authority/country/DEU}. */
  public static final String COUNTRY = "http://publications.europa.eu/resource/authority/country/";

  /** The EU's language table: {@code .../authority/language/DEU}. */
  public static final String LANGUAGE =
      "http://publications.europa.eu/resource/authority/language/";

  /** The prefixes writers use, in the order they write them. */
  public static final Map<String, String> PREFIXES = prefixes();

  /** In a fixed order, so that written documents list their prefixes the same way every run. */
  private static Map<String, String> prefixes() {
    Map<String, String> prefixes = new java.util.LinkedHashMap<>();
    prefixes.put("cd", NS);
    prefixes.put("org", ORG);
    prefixes.put("locn", LOCN);
    prefixes.put("legal", LEGAL);
    prefixes.put("schema", SCHEMA);
    prefixes.put("skos", SKOS);
    prefixes.put("dct", DCT);
    prefixes.put("foaf", FOAF);
    prefixes.put("time", TIME);
    prefixes.put("prov", PROV);
    prefixes.put("bibo", BIBO);
    prefixes.put("adms", ADMS);
    prefixes.put("pav", PAV);
    prefixes.put("xsd", XSD);
    prefixes.put("rdf", RDF);
    return java.util.Collections.unmodifiableMap(prefixes);
  }

  private ClusterVocabulary() {}

  /**
   * Returns the RDF term the linked-data form uses for a model value: an {@code Iri} as itself, a
   * code-list value as its catalogue concept, a NUTS, NACE or country code as the EU's IRI, a
   * string, number, date or boolean as a typed literal. Use it to bind SPARQL parameters.
   *
   * @throws IllegalArgumentException for a type the mapping has no term for
   */
  public static Node term(Object value) {
    return Terms.toNode(Objects.requireNonNull(value, "value"));
  }

  /** Returns the catalogue concept of an impulse, such as {@code .../id/impulse/I07}. */
  public static Node impulse(String code) {
    return Terms.impulse(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the model value an RDF term stands for: the inverse of {@link #term(Object)}.
   *
   * @throws IllegalArgumentException if the term is not a value of {@code type}
   */
  public static <T> T value(Node term, Class<T> type) {
    Objects.requireNonNull(term, "term");
    try {
      return type.cast(Terms.fromNode(term, type));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          term + " is not " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}

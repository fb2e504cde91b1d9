package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.ID;
import static eu.clusterdata.rdf.ClusterVocabulary.NUTS;
import static eu.clusterdata.rdf.ClusterVocabulary.SKOS;

import eu.clusterdata.model.codes.NaceActivity;
import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.codes.NutsRegion;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The official code lists as SKOS: NUTS 2021 and 2024 at the EU's region IRIs ({@code
 * http://data.europa.eu/nuts/code/DEA1A}), NACE Rev. 2 and Rev. 2.1 at the IRIs profiles use, each
 * concept with its notation, official name, {@code skos:broader} its parent and {@code
 * skos:inScheme} the versions it belongs to. Made from the lists in the jar when asked for, so the
 * jar carries them once.
 */
public final class CodeListSchemes {

  private final Graph graph = GraphFactory.createDefaultGraph();

  private CodeListSchemes() {
    graph.getPrefixMapping().setNsPrefixes(ClusterVocabulary.PREFIXES);
    graph.getPrefixMapping().setNsPrefix("nuts", NUTS);
  }

  /** Returns the code lists as Turtle. */
  public static String turtle() {
    CodeListSchemes schemes = new CodeListSchemes();
    for (NutsVersion version : NutsVersion.values()) {
      schemes.nuts(version);
    }
    for (NaceRevision revision : NaceRevision.values()) {
      schemes.nace(revision);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(schemes.graph).format(RDFFormat.TURTLE_BLOCKS).output(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void nuts(NutsVersion version) {
    Node scheme =
        scheme(
            "nuts-" + version.label(),
            "NUTS " + version.label() + " (Eurostat)",
            "NUTS " + version.label() + " (Eurostat)");
    NutsClassification nuts = NutsClassification.of(version);
    for (NutsRegion region : nuts.regions()) {
      Node concept = Terms.toNode(region.code());
      concept(scheme, concept, region.code().code());
      add(concept, uri(SKOS + "prefLabel"), NodeFactory.createLiteralString(region.name()));
      nuts.parent(region.code())
          .map(NutsRegion::code)
          .map(NutsCode::code)
          .ifPresent(parent -> add(concept, uri(SKOS + "broader"), uri(NUTS + parent)));
    }
  }

  private void nace(NaceRevision revision) {
    Node scheme =
        scheme(
            "nace-rev" + revision.label(),
            "NACE Rev. " + revision.label() + " (Eurostat)",
            "NACE Rev. " + revision.label() + " (Eurostat)");
    for (NaceActivity activity : NaceClassification.of(revision).activities()) {
      Node concept = Terms.toNode(activity.code());
      concept(scheme, concept, activity.code().code());
      add(
          concept,
          uri(SKOS + "prefLabel"),
          NodeFactory.createLiteralLang(activity.titleEn(), "en"));
      if (activity.titleDe() != null) {
        add(
            concept,
            uri(SKOS + "prefLabel"),
            NodeFactory.createLiteralLang(activity.titleDe(), "de"));
      }
      if (activity.parent() != null) {
        add(concept, uri(SKOS + "broader"), Terms.toNode(activity.parent()));
      }
    }
  }

  private Node scheme(String name, String english, String german) {
    Node scheme = uri(ID + name);
    add(scheme, RDF.Nodes.type, uri(SKOS + "ConceptScheme"));
    add(scheme, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(english, "en"));
    add(scheme, uri(SKOS + "prefLabel"), NodeFactory.createLiteralLang(german, "de"));
    return scheme;
  }

  private void concept(Node scheme, Node concept, String notation) {
    add(concept, RDF.Nodes.type, uri(SKOS + "Concept"));
    add(concept, uri(SKOS + "inScheme"), scheme);
    add(concept, uri(SKOS + "notation"), NodeFactory.createLiteralString(notation));
  }

  private void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}

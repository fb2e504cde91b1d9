package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.DCT;
import static eu.clusterdata.rdf.ClusterVocabulary.FOAF;

import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.rdf.DatasetDescription;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The RDF of a {@link DatasetDescription}: DCAT 3 classes and properties with Dublin Core and FOAF,
 * as the DCAT-AP 3.0 application profile uses them. Blank nodes for the distributions and the
 * period, so that the description names nothing the publisher did not.
 */
public final class DcatGraph {

  /** W3C DCAT. */
  private static final String DCAT = "http://www.w3.org/ns/dcat#";

  private static final Node DATASET = uri(DCAT + "Dataset");
  private static final Node DISTRIBUTION = uri(DCAT + "Distribution");
  private static final Node HAS_DISTRIBUTION = uri(DCAT + "distribution");
  private static final Node ACCESS_URL = uri(DCAT + "accessURL");
  private static final Node DOWNLOAD_URL = uri(DCAT + "downloadURL");
  private static final Node MEDIA_TYPE = uri(DCAT + "mediaType");
  private static final Node START_DATE = uri(DCAT + "startDate");
  private static final Node END_DATE = uri(DCAT + "endDate");
  private static final Node TITLE = uri(DCT + "title");
  private static final Node DESCRIPTION = uri(DCT + "description");
  private static final Node PUBLISHER = uri(DCT + "publisher");
  private static final Node LICENSE = uri(DCT + "license");
  private static final Node LICENSE_DOCUMENT = uri(DCT + "LicenseDocument");
  private static final Node SPATIAL = uri(DCT + "spatial");
  private static final Node TEMPORAL = uri(DCT + "temporal");
  private static final Node PERIOD_OF_TIME = uri(DCT + "PeriodOfTime");
  private static final Node MODIFIED = uri(DCT + "modified");
  private static final Node AGENT = uri(FOAF + "Agent");
  private static final Node NAME = uri(FOAF + "name");

  private DcatGraph() {}

  /** Returns the description's triples, with the prefixes of the terms it uses. */
  public static Graph of(DatasetDescription description) {
    Graph graph = GraphFactory.createDefaultGraph();
    graph.getPrefixMapping().setNsPrefix("dcat", DCAT);
    graph.getPrefixMapping().setNsPrefix("dct", DCT);
    graph.getPrefixMapping().setNsPrefix("foaf", FOAF);
    graph.getPrefixMapping().setNsPrefix("xsd", XSDDatatype.XSD + "#");

    Node dataset = Terms.toNode(description.dataset());
    graph.add(dataset, RDF.Nodes.type, DATASET);
    texts(graph, dataset, TITLE, description.title());
    texts(graph, dataset, DESCRIPTION, description.description());

    Node publisher = Terms.toNode(description.publisher().id());
    graph.add(dataset, PUBLISHER, publisher);
    graph.add(publisher, RDF.Nodes.type, AGENT);
    texts(graph, publisher, NAME, description.publisher().name());

    description.regions().forEach(r -> graph.add(dataset, SPATIAL, Terms.toNode(r)));
    description.countries().forEach(c -> graph.add(dataset, SPATIAL, Terms.toNode(c)));
    if (description.firstDay() != null && description.lastDay() != null) {
      Node period = NodeFactory.createBlankNode();
      graph.add(dataset, TEMPORAL, period);
      graph.add(period, RDF.Nodes.type, PERIOD_OF_TIME);
      graph.add(period, START_DATE, Terms.toNode(description.firstDay()));
      graph.add(period, END_DATE, Terms.toNode(description.lastDay()));
      graph.add(dataset, MODIFIED, Terms.toNode(description.lastDay()));
    }

    Node licence = Terms.toNode(description.licence());
    graph.add(licence, RDF.Nodes.type, LICENSE_DOCUMENT);
    for (DatasetDescription.Distribution file : description.distributions()) {
      Node distribution = NodeFactory.createBlankNode();
      Node url = Terms.toNode(file.url());
      graph.add(dataset, HAS_DISTRIBUTION, distribution);
      graph.add(distribution, RDF.Nodes.type, DISTRIBUTION);
      graph.add(distribution, TITLE, NodeFactory.createLiteralString(file.format().title()));
      graph.add(distribution, ACCESS_URL, url);
      graph.add(distribution, DOWNLOAD_URL, url);
      graph.add(distribution, MEDIA_TYPE, Terms.toNode(file.mediaType()));
      graph.add(distribution, LICENSE, licence);
    }
    return graph;
  }

  private static void texts(Graph graph, Node subject, Node predicate, MultilingualText text) {
    text.values()
        .forEach(
            (tag, value) ->
                graph.add(
                    subject,
                    predicate,
                    tag.equals("und")
                        ? NodeFactory.createLiteralString(value)
                        : NodeFactory.createLiteralLang(value, tag)));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}

package eu.clusterdata.store.internal;

import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The store's change mark: a graph of its own, {@code <urn:clusterdata:change>}, holding one triple
 * whose token every write through this library replaces after the write. What is computed from the
 * store at one mark (the {@link FactIndex}) is current while the mark is the same. The graph names
 * no organisation, so the store's queries never see it, as they never see a staging graph; a client
 * that writes the store by other means does not move the mark.
 */
public final class ChangeMark {

  /** The graph, and the subject of its one triple. */
  public static final Node GRAPH = NodeFactory.createURI("urn:clusterdata:change");

  static final Node TOKEN = NodeFactory.createURI("urn:clusterdata:token");

  static final Query READ =
      QueryFactory.create(
          "SELECT ?token WHERE { GRAPH <urn:clusterdata:change> "
              + "{ <urn:clusterdata:change> <urn:clusterdata:token> ?token } }");

  private ChangeMark() {}

  /** A token no write has used. */
  static Node next() {
    return NodeFactory.createLiteralString(UUID.randomUUID().toString());
  }

  /** The SPARQL Update that moves the mark. */
  static String update() {
    String graph = NodeFmtLib.strNT(GRAPH);
    return "DROP SILENT GRAPH "
        + graph
        + " ;\nINSERT DATA { GRAPH "
        + graph
        + " { "
        + graph
        + " "
        + NodeFmtLib.strNT(TOKEN)
        + " "
        + NodeFmtLib.strNT(next())
        + " } }\n";
  }
}

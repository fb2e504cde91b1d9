/**
 * Profiles in an RDF store: an embedded TDB2 store, memory, or any SPARQL 1.1 server; loading,
 * queries and partner matching.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module eu.clusterdata.store {
  requires transitive eu.clusterdata.rdf;
  requires org.apache.jena.base;
  requires org.apache.jena.tdb2;
  requires java.net.http;

  exports eu.clusterdata.store;
}

/**
 * The linked-data form of cluster profiles: RDF in every syntax Jena speaks, SHACL shapes, the
 * ontology and the catalogues. Its API names Jena's types ({@code Graph}, {@code Node}, {@code
 * Triple}, {@code DatasetGraph}, {@code Lang}), so a module that uses it reads Jena's core and ARQ
 * through it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module eu.clusterdata.rdf {
  requires transitive eu.clusterdata.model;
  requires transitive org.apache.jena.core;
  requires transitive org.apache.jena.arq;
  requires org.apache.jena.base;
  requires org.apache.jena.shacl;
  requires titanium.json.ld;

  // What Jena and Titanium, automatic modules, need at run time: explicit modules are resolved on
  // the module path only when some module requires them, so that an application needs no
  // --add-modules.
  requires com.github.benmanes.caffeine;
  requires com.google.gson;
  requires com.google.protobuf;
  requires jakarta.json;
  requires org.eclipse.parsson;
  requires org.apache.commons.codec;
  requires org.apache.commons.collections4;
  requires org.apache.jena.iri3986;
  requires org.apache.jena.langtag;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;
  requires org.apache.commons.lang3;
  requires org.apache.thrift;
  requires org.slf4j;
  requires roaringbitmap;

  exports eu.clusterdata.rdf;
}

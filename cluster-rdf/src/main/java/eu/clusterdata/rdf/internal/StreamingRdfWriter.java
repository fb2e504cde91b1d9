package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.FormatRequirements;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.ClusterVocabulary;
import eu.clusterdata.rdf.RdfProfileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** Streams each profile's triples to a Jena {@code StreamRDF} writer, one profile at a time. */
public final class StreamingRdfWriter implements RdfProfileWriter {

  private final OutputStream out;
  private final StreamRDF stream;
  private final boolean quads;
  private final ProfileFormat syntax;
  private final boolean publicExport;
  private long count;
  private boolean closed;

  /**
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public StreamingRdfWriter(OutputStream out, ProfileFormat syntax, boolean publicExport) {
    this.publicExport = publicExport;
    RDFFormat format = Syntaxes.stream(syntax);
    this.syntax = syntax;
    this.out = out;
    this.quads = syntax.hasNamedGraphs();
    this.stream = StreamRDFWriter.getWriterStream(out, format);
    stream.start();
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      stream.prefix(prefix.getKey(), prefix.getValue());
    }
  }

  @Override
  public void write(ClusterProfile profile) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    FormatRequirements.require(profile, syntax); // before a triple of it is written
    Node name = NodeFactory.createURI(profile.organisation().id().value());
    GraphWriter.write(
        publicExport ? profile.withoutPersonalData() : profile,
        quads ? t -> stream.quad(Quad.create(name, t)) : stream::triple);
    count++;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stream.finish();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.internal.StreamingWriter;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** Streams each profile's triples to a Jena {@code StreamRDF} writer, one profile at a time. */
public final class StreamingRdfWriter extends StreamingWriter {

  private final OutputStream out;
  private final StreamRDF stream;
  private final boolean quads;

  /**
   * @param publicExport whether to leave out personal data ({@code withoutPersonalData()})
   */
  public StreamingRdfWriter(OutputStream out, ProfileFormat syntax, boolean publicExport) {
    super(syntax, publicExport);
    this.out = out;
    this.quads = syntax.hasNamedGraphs();
    this.stream = StreamRDFWriter.getWriterStream(out, Syntaxes.stream(syntax));
    stream.start();
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      stream.prefix(prefix.getKey(), prefix.getValue());
    }
  }

  @Override
  protected void append(ClusterProfile profile) {
    Node name = NodeFactory.createURI(profile.organisation().id().value());
    GraphWriter.write(profile, quads ? t -> stream.quad(Quad.create(name, t)) : stream::triple);
  }

  @Override
  protected void finish() {
    stream.finish();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming RDF writing against Jena's raw {@code StreamRDF} writing the same triples (already
 * built), and reading back into the model against Jena parsing the same file into a graph. One
 * operation is the medium workload (1,000 profiles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RdfBenchmark {

  @Param({"N_TRIPLES", "TURTLE"})
  public ProfileFormat syntax;

  private final ClusterRdf rdf = ClusterRdf.create();
  private List<ClusterProfile> profiles;
  private List<List<Triple>> triples;
  private byte[] file;

  @Setup
  public void setUp() {
    profiles = Workloads.medium();
    triples = new ArrayList<>();
    for (ClusterProfile profile : profiles) {
      Graph graph = rdf.toGraph(profile);
      triples.add(graph.find().toList());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileWriter writer = rdf.streamWriter(out, syntax)) {
      profiles.forEach(writer::write);
    }
    file = out.toByteArray();
  }

  @Benchmark
  public long libraryStreamingWrite() {
    try (ProfileWriter writer = rdf.streamWriter(OutputStream.nullOutputStream(), syntax)) {
      profiles.forEach(writer::write);
      return writer.count();
    }
  }

  @Benchmark
  public void jenaRawStreamWrite() {
    RDFFormat format =
        syntax == ProfileFormat.TURTLE ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES_UTF8;
    StreamRDF stream = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), format);
    stream.start();
    for (List<Triple> profile : triples) {
      profile.forEach(stream::triple);
    }
    stream.finish();
  }

  @Benchmark
  public void libraryRead(Blackhole blackhole) {
    blackhole.consume(rdf.read(new ByteArrayInputStream(file), syntax).profiles());
  }

  @Benchmark
  public void jenaParseToGraph(Blackhole blackhole) {
    blackhole.consume(
        RDFParser.source(new ByteArrayInputStream(file))
            .lang(syntax == ProfileFormat.TURTLE ? Lang.TURTLE : Lang.NTRIPLES)
            .toGraph());
  }
}

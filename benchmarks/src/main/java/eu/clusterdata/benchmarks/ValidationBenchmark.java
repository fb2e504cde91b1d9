package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The model validator against SHACL validation of the same profiles, and the cost of reading with
 * validation against reading alone. One operation is the medium workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

  private final ProfileValidator validator =
      ProfileValidator.builder().ruleSets(RuleSet.ECCP, RuleSet.EUCLES).build();
  private final ClusterJson json = ClusterJson.create();
  private final ClusterRdf rdf = ClusterRdf.create();
  private List<ClusterProfile> profiles;
  private List<Graph> graphs;
  private List<byte[]> documents;

  @Setup
  public void setUp() {
    profiles = Workloads.medium();
    graphs = profiles.stream().map(rdf::toGraph).toList();
    documents =
        profiles.stream()
            .map(p -> json.writeProfile(p).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toList();
  }

  @Benchmark
  public void modelValidation(Blackhole blackhole) {
    for (ClusterProfile profile : profiles) {
      blackhole.consume(validator.validate(profile));
    }
  }

  @Benchmark
  public void shaclValidation(Blackhole blackhole) {
    for (Graph graph : graphs) {
      blackhole.consume(rdf.validateShapes(graph));
    }
  }

  @Benchmark
  public void jsonRead(Blackhole blackhole) {
    for (byte[] document : documents) {
      blackhole.consume(json.readProfile(new ByteArrayInputStream(document)));
    }
  }

  @Benchmark
  public void jsonReadAndValidate(Blackhole blackhole) {
    for (byte[] document : documents) {
      blackhole.consume(validator.validate(json.readProfile(new ByteArrayInputStream(document))));
    }
  }
}

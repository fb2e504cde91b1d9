package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.validation.ValidationReport;
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

/**
 * The model validator against SHACL validation of the same profiles, and the cost of reading with
 * validation against reading alone. One operation is one profile of the medium workload, taken in
 * turn.
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

  /**
   * The next profile of the workload, in turn. One operation is one profile rather than a loop over
   * the workload, as JMH advises (its sample on loops): with a loop inside the measured method, the
   * JIT compiled read + validate as one on-stack-replaced loop whose code stayed slower than the
   * two compiled apart, and the ratio measured that compilation, not validation.
   */
  private int next() {
    int index = cursor;
    cursor = index + 1 == profiles.size() ? 0 : index + 1;
    return index;
  }

  private int cursor;

  @Benchmark
  public ValidationReport modelValidation() {
    return validator.validate(profiles.get(next()));
  }

  @Benchmark
  public ValidationReport shaclValidation() {
    return rdf.validateShapes(graphs.get(next()));
  }

  @Benchmark
  public ClusterProfile jsonRead() {
    return json.readProfile(new ByteArrayInputStream(documents.get(next())));
  }

  @Benchmark
  public ValidationReport jsonReadAndValidate() {
    return validator.validate(json.readProfile(new ByteArrayInputStream(documents.get(next()))));
  }
}

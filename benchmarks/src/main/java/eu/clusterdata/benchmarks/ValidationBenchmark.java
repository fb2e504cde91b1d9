package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
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
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

  private static final ProfileValidator VALIDATOR = Workloads.fullValidator();
  private static final ClusterJson JSON = ClusterJson.create();
  private static final ClusterRdf RDF = ClusterRdf.create();

  /**
   * The workload in one form, handed out one item an operation, in turn. Each benchmark sets up
   * only the form it reads: with every form held by every benchmark, the JSON benchmarks ran beside
   * a thousand Jena graphs they never touch, whose heap the garbage collector had to work around
   * (how much that cost them was not measured apart).
   */
  abstract static class Workload<T> {
    private List<T> items;
    private int cursor;

    abstract List<T> build(List<ClusterProfile> profiles);

    @Setup
    public void setUp() {
      items = build(Workloads.medium());
    }

    /**
     * The next item, in turn. One operation is one profile rather than a loop over the workload, as
     * JMH advises (its sample on loops): with a loop inside the measured method, the JIT compiled
     * read + validate as one on-stack-replaced loop whose code stayed slower than the two compiled
     * apart, and the ratio measured that compilation, not validation.
     */
    T next() {
      int index = cursor;
      cursor = index + 1 == items.size() ? 0 : index + 1;
      return items.get(index);
    }
  }

  /** The profiles as model objects. */
  @State(Scope.Thread)
  public static class Profiles extends Workload<ClusterProfile> {
    @Override
    List<ClusterProfile> build(List<ClusterProfile> profiles) {
      return profiles;
    }
  }

  /** The profiles as Jena graphs. */
  @State(Scope.Thread)
  public static class Graphs extends Workload<Graph> {
    @Override
    List<Graph> build(List<ClusterProfile> profiles) {
      return profiles.stream().map(RDF::toGraph).toList();
    }
  }

  /** The profiles as JSON documents. */
  @State(Scope.Thread)
  public static class Documents extends Workload<byte[]> {
    @Override
    List<byte[]> build(List<ClusterProfile> profiles) {
      return Workloads.asJson(profiles);
    }
  }

  @Benchmark
  public ValidationReport modelValidation(Profiles profiles) {
    return VALIDATOR.validate(profiles.next());
  }

  @Benchmark
  public ValidationReport shaclValidation(Graphs graphs) {
    return RDF.validateShapes(graphs.next());
  }

  @Benchmark
  public ClusterProfile jsonRead(Documents documents) {
    return JSON.readProfile(new ByteArrayInputStream(documents.next()));
  }

  @Benchmark
  public ValidationReport jsonReadAndValidate(Documents documents) {
    return VALIDATOR.validate(JSON.readProfile(new ByteArrayInputStream(documents.next())));
  }
}

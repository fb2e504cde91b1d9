package eu.clusterdata.benchmarks;

import eu.clusterdata.jackson3.ClusterJackson3Module;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Jackson 3 binding costs over the library's own JSON, which it hands every value to: a
 * Jackson 3 mapper with {@link ClusterJackson3Module} against {@link ClusterJson}, the same
 * documents. One operation is the whole workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Jackson3Benchmark {

  @Param({"medium"})
  public String workload;

  private final ClusterJson json = ClusterJson.create();
  private final JsonMapper jackson3 =
      JsonMapper.builder().addModule(new ClusterJackson3Module()).build();
  private List<ClusterProfile> profiles;
  private List<byte[]> documents;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);

  @Setup
  public void setUp() {
    profiles = Workloads.named(workload);
    documents = new ArrayList<>();
    for (ClusterProfile profile : profiles) {
      documents.add(jackson3.writeValueAsBytes(profile));
    }
  }

  @Benchmark
  public void libraryWrite(Blackhole blackhole) {
    for (ClusterProfile profile : profiles) {
      out.reset();
      json.writeProfile(profile, out);
      blackhole.consume(out.size());
    }
  }

  @Benchmark
  public void jackson3Write(Blackhole blackhole) {
    for (ClusterProfile profile : profiles) {
      out.reset();
      jackson3.writeValue(out, profile);
      blackhole.consume(out.size());
    }
  }

  @Benchmark
  public void libraryRead(Blackhole blackhole) {
    for (byte[] bytes : documents) {
      blackhole.consume(json.readProfile(new ByteArrayInputStream(bytes)));
    }
  }

  @Benchmark
  public void jackson3Read(Blackhole blackhole) {
    for (byte[] bytes : documents) {
      blackhole.consume(jackson3.readValue(bytes, ClusterProfile.class));
    }
  }
}

package eu.clusterdata.benchmarks;

import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsVersion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the official code lists add to start-up: the first look-up in a fresh JVM reads the list
 * from the jar. One shot per fork, no warm-up, many forks, as a command-line run meets it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(20)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class CodeListLoading {

  /**
   * Pays what every process has paid before it validates anything, so that the measurement is what
   * the lists add: the first resource read from a jar, the first lambda, the first string
   * concatenation (a command line has done all three long before it checks a code).
   */
  @Setup(Level.Trial)
  public void startedProcess() throws java.io.IOException {
    try (java.io.InputStream in =
        CodeListLoading.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    Runnable lambda = () -> {};
    lambda.run();
    String concatenated = "started " + System.nanoTime();
    if (concatenated.isEmpty()) {
      throw new IllegalStateException();
    }
  }

  /** The list the validator needs first: NUTS 2024. */
  @Benchmark
  public Object nuts2024() {
    return NutsClassification.of(NutsVersion.NUTS_2024);
  }

  /** Every list: both NUTS versions, both NACE revisions, and the correspondence. */
  @Benchmark
  public Object allLists() {
    NutsClassification.of(NutsVersion.NUTS_2021);
    NaceClassification.of(NaceRevision.REV_2);
    NaceClassification.of(NaceRevision.REV_2_1);
    return NutsClassification.of(NutsVersion.NUTS_2024)
        .counterparts(eu.clusterdata.model.value.NutsCode.of("PT17"));
  }
}

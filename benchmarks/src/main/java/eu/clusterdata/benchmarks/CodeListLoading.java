package eu.clusterdata.benchmarks;

import eu.clusterdata.model.NaceRevision;
import eu.clusterdata.model.NutsVersion;
import eu.clusterdata.model.codes.NaceClassification;
import eu.clusterdata.model.codes.NutsClassification;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
public class CodeListLoading {

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
        .counterparts(eu.clusterdata.model.NutsCode.of("PT17"));
  }
}

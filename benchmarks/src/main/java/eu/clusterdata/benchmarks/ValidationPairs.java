package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

/**
 * JSON read + validation against JSON read alone, measured in pairs a second apart in one JVM: each
 * round times one pass of reading the medium workload and one pass of reading and validating it,
 * the order alternating from round to round, and the ratio of the two is the round's result. On a
 * machine whose speed drifts over minutes, the ratio of two JMH benchmarks run one after the other
 * carries the drift (docs/performance.md); a pair a second apart hardly does. Prints each round's
 * ratio and then the median and range. Usage: {@code ValidationPairs [ROUNDS [WARMUP_SECONDS]]} (20
 * and 30 by default).
 */
public final class ValidationPairs {

  private static final ProfileValidator VALIDATOR = Workloads.fullValidator();
  private static final ClusterJson JSON = ClusterJson.create();

  /**
   * Keeps the JIT from dropping results nobody uses: a store to a static field is never dropped.
   */
  private static long sink;

  private ValidationPairs() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<byte[]> documents = Workloads.asJson(Workloads.medium());

    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      read(documents);
      readAndValidate(documents);
    }

    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long read;
      long both;
      if (round % 2 == 0) {
        read = read(documents);
        both = readAndValidate(documents);
      } else {
        both = readAndValidate(documents);
        read = read(documents);
      }
      ratios[round] = (double) both / read;
      System.out.printf(
          "round %2d: read %.1f ms, read + validate %.1f ms, ratio %.3f%n",
          round + 1, read / 1e6, both / 1e6, ratios[round]);
    }
    Arrays.sort(ratios);
    double median = Statistics.median(ratios);
    System.out.printf(
        "read + validate / read over %d profiles, %d rounds: median %.3f (%.3f to %.3f)%n",
        documents.size(), rounds, median, ratios[0], ratios[rounds - 1]);
  }

  /** Nanoseconds to read every document. */
  private static long read(List<byte[]> documents) {
    long start = System.nanoTime();
    for (byte[] document : documents) {
      ClusterProfile profile = JSON.readProfile(new ByteArrayInputStream(document));
      sink += profile.actors().size();
    }
    return System.nanoTime() - start;
  }

  /** Nanoseconds to read and validate every document. */
  private static long readAndValidate(List<byte[]> documents) {
    long start = System.nanoTime();
    for (byte[] document : documents) {
      ClusterProfile profile = JSON.readProfile(new ByteArrayInputStream(document));
      sink += VALIDATOR.validate(profile).findings().size();
    }
    return System.nanoTime() - start;
  }
}

package eu.clusterdata.benchmarks;

import java.util.Arrays;

/** The summary figures the benchmark harnesses print. */
final class Statistics {

  private Statistics() {}

  /** The median of {@code values}, which are left as they are. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}

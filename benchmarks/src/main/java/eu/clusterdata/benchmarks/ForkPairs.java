package eu.clusterdata.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The ratio of two JMH benchmarks from pairs of single forks run back to back, the order
 * alternating from pair to pair, so that a drift of the machine between two forks counts against
 * each side equally. On a shared machine a single fork's score moves by a fifth from fork to fork,
 * so one JMH run of a few forks per benchmark cannot tell 1.25 from 1.35; many pairs can. Prints
 * each pair, then the ratio of the mean throughputs (A ÷ B: the cost of B in units of A), the
 * median pair and a 95 % bootstrap interval over the pairs (seeded, 10,000 resamples). Each fork
 * runs {@code -wi 6 -i 5 -w 3s -r 3s}, about 40 s.
 *
 * <pre>
 * ForkPairs [PAIRS [BENCHMARK_A BENCHMARK_B]]
 * </pre>
 *
 * By default 20 pairs of {@code ValidationBenchmark.jsonRead} and {@code
 * ValidationBenchmark.jsonReadAndValidate}: what validation adds to reading. Benchmarks are named
 * as {@code Class.method} of this package.
 */
public final class ForkPairs {

  private static final long BOOTSTRAP_SEED = 20261202L;

  private ForkPairs() {}

  public static void main(String[] args) throws RunnerException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    String a = args.length > 2 ? args[1] : "ValidationBenchmark.jsonRead";
    String b = args.length > 2 ? args[2] : "ValidationBenchmark.jsonReadAndValidate";
    List<double[]> results = new ArrayList<>(); // {A, B} in operations/s
    for (int pair = 1; pair <= pairs; pair++) {
      double scoreA;
      double scoreB;
      if (pair % 2 == 1) {
        scoreA = fork(a);
        scoreB = fork(b);
      } else {
        scoreB = fork(b);
        scoreA = fork(a);
      }
      results.add(new double[] {scoreA, scoreB});
      System.out.printf(
          "pair %2d (%s first): %s %.3f, %s %.3f, ratio %.3f%n",
          pair, pair % 2 == 1 ? "A" : "B", a, scoreA, b, scoreB, scoreA / scoreB);
    }
    double[] ratios = results.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
    double[] bootstrap = bootstrap(results);
    int n = ratios.length;
    System.out.printf(
        "%d pairs: %s / %s %.3f (ratio of the mean throughputs), median pair %.3f, pairs"
            + " %.2f to %.2f, 95 %% bootstrap interval %.3f to %.3f%n",
        pairs,
        a,
        b,
        ratioOfMeans(results),
        n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2,
        ratios[0],
        ratios[n - 1],
        bootstrap[(int) (bootstrap.length * 0.025)],
        bootstrap[(int) (bootstrap.length * 0.975)]);
  }

  /** The score of one fork of {@code benchmark} ({@code Class.method}), in operations/s. */
  private static double fork(String benchmark) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(ForkPairs.class.getPackageName() + "." + benchmark.replace(".", "\\.") + "$")
            .forks(1)
            .warmupIterations(6)
            .measurementIterations(5)
            .warmupTime(TimeValue.seconds(3))
            .measurementTime(TimeValue.seconds(3))
            .verbosity(VerboseMode.SILENT)
            .build();
    RunResult result = new Runner(options).runSingle();
    return result.getPrimaryResult().getScore();
  }

  private static double ratioOfMeans(List<double[]> results) {
    double a = 0;
    double b = 0;
    for (double[] r : results) {
      a += r[0];
      b += r[1];
    }
    return a / b;
  }

  /** The ratio of the means over resamples of the pairs, sorted. */
  private static double[] bootstrap(List<double[]> results) {
    Random random = new Random(BOOTSTRAP_SEED);
    double[] ratios = new double[10_000];
    List<double[]> sample = new ArrayList<>(results.size());
    for (int i = 0; i < ratios.length; i++) {
      sample.clear();
      for (int j = 0; j < results.size(); j++) {
        sample.add(results.get(random.nextInt(results.size())));
      }
      ratios[i] = ratioOfMeans(sample);
    }
    Arrays.sort(ratios);
    return ratios;
  }
}

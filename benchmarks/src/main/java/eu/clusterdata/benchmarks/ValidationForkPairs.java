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
 * The ratio of {@code ValidationBenchmark.jsonReadAndValidate} to {@code jsonRead} from pairs of
 * single JMH forks run back to back, the order alternating from pair to pair, so that a drift of
 * the machine between two forks counts against each side equally. On a shared machine a single
 * fork's score moves by a fifth from fork to fork, so one JMH run of a few forks per benchmark
 * cannot tell 1.25 from 1.35; many pairs can. Prints each pair, then the ratio of the mean
 * throughputs (read ÷ read + validate, the cost of reading and validating in units of reading
 * alone), the median pair and a 95 % bootstrap interval over the pairs (seeded, 10,000 resamples).
 * Each fork runs {@code -wi 6 -i 5 -w 3s -r 3s}, about 40 s. Usage: {@code ValidationForkPairs
 * [PAIRS]} (20 by default).
 */
public final class ValidationForkPairs {

  private static final long BOOTSTRAP_SEED = 20261202L;

  private ValidationForkPairs() {}

  public static void main(String[] args) throws RunnerException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<double[]> results = new ArrayList<>(); // {read, read + validate} in profiles/s
    for (int pair = 1; pair <= pairs; pair++) {
      double read;
      double both;
      if (pair % 2 == 1) {
        read = fork("jsonRead");
        both = fork("jsonReadAndValidate");
      } else {
        both = fork("jsonReadAndValidate");
        read = fork("jsonRead");
      }
      results.add(new double[] {read, both});
      System.out.printf(
          "pair %2d (%s first): jsonRead %.0f, jsonReadAndValidate %.0f, ratio %.3f%n",
          pair, pair % 2 == 1 ? "read" : "read + validate", read, both, read / both);
    }
    double[] ratios = results.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
    double[] bootstrap = bootstrap(results);
    System.out.printf(
        "%d pairs: read + validate / read %.3f (ratio of the means), median pair %.3f, pairs"
            + " %.2f to %.2f, 95 %% bootstrap interval %.3f to %.3f%n",
        pairs,
        ratioOfMeans(results),
        Statistics.median(ratios),
        ratios[0],
        ratios[ratios.length - 1],
        bootstrap[(int) (bootstrap.length * 0.025)],
        bootstrap[(int) (bootstrap.length * 0.975)]);
  }

  /** The score of one fork of one benchmark of {@code ValidationBenchmark}, in profiles/s. */
  private static double fork(String benchmark) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(ValidationBenchmark.class.getName() + "\\." + benchmark + "$")
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
    double read = 0;
    double both = 0;
    for (double[] r : results) {
      read += r[0];
      both += r[1];
    }
    return read / both;
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

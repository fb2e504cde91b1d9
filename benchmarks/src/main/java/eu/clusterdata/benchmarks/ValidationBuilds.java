package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Validation time of two builds, side by side in one JVM: each build's classes in a class loader of
 * their own, passes over the medium workload alternating between them, so that a drift of the
 * machine falls on both alike. A pass reads each profile and validates it, timing the two apart;
 * the result is the median, over the rounds, of build B's validation time over build A's, and each
 * build's median of read + validate over read. Usage: {@code ValidationBuilds ROUNDS WARMUP_SECONDS
 * CLASSPATH_A CLASSPATH_B}, each class path holding this class (docs/performance.md shows how to
 * make one of an older build).
 */
public final class ValidationBuilds {

  private ValidationBuilds() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ValidationBuilds ROUNDS WARMUP_SECONDS CLASSPATH_A CLASSPATH_B");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    long warmupEnd = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
    Supplier<long[]> a = load(args[2]);
    Supplier<long[]> b = load(args[3]);
    while (System.nanoTime() < warmupEnd) {
      a.get();
      b.get();
    }
    double[] ratioA = new double[rounds];
    double[] ratioB = new double[rounds];
    double[] validationBa = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long[] first = (round % 2 == 0 ? a : b).get();
      long[] second = (round % 2 == 0 ? b : a).get();
      long[] ofA = round % 2 == 0 ? first : second;
      long[] ofB = round % 2 == 0 ? second : first;
      ratioA[round] = 1 + (double) ofA[1] / ofA[0];
      ratioB[round] = 1 + (double) ofB[1] / ofB[0];
      validationBa[round] = (double) ofB[1] / ofA[1];
      System.out.printf(
          "round %2d: A read %.1f validate %.1f ms, B read %.1f validate %.1f ms%n",
          round + 1, ofA[0] / 1e6, ofA[1] / 1e6, ofB[0] / 1e6, ofB[1] / 1e6);
    }
    System.out.printf(
        "%d rounds, medians: read + validate / read A %.3f, B %.3f; validation time B / A %.3f%n",
        rounds,
        Statistics.median(ratioA),
        Statistics.median(ratioB),
        Statistics.median(validationBa));
  }

  @SuppressWarnings("unchecked")
  private static Supplier<long[]> load(String classPath) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(":")) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    ClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return (Supplier<long[]>) loader.loadClass(Pass.class.getName()).getConstructor().newInstance();
  }

  /**
   * One pass of one build: reads each document of the medium workload and validates the profile,
   * and answers the nanoseconds spent reading and validating, apart. Public for the class loaders.
   */
  public static final class Pass implements Supplier<long[]> {

    /** Keeps the JIT from dropping results nobody uses. */
    private static long sink;

    private final ProfileValidator validator = Workloads.fullValidator();
    private final ClusterJson json = ClusterJson.create();
    private final List<byte[]> documents = Workloads.asJson(Workloads.medium());

    @Override
    public long[] get() {
      long reading = 0;
      long validating = 0;
      for (byte[] document : documents) {
        long start = System.nanoTime();
        ClusterProfile profile = json.readProfile(new ByteArrayInputStream(document));
        long read = System.nanoTime();
        sink += validator.validate(profile).findings().size();
        validating += System.nanoTime() - read;
        reading += read - start;
      }
      return new long[] {reading, validating};
    }
  }
}

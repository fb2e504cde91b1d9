package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.TableRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads a workbook whose largest sheets have a given number of rows, in a small heap:
 * run each step in its own JVM with {@code -Xmx256m}. Prints rows, bytes, time and the peak heap in
 * use. Commands are in {@code docs/performance.md}.
 *
 * <pre>
 * LargeTables write FILE.xlsx ROWS   generated profiles with ROWS actors and memberships in all
 * LargeTables read FILE.xlsx         read every profile back
 * </pre>
 */
public final class LargeTables {

  /** Members per generated profile: with 100 actors each, 1,000 profiles make 100,000 rows. */
  private static final int MEMBERS = 100;

  private LargeTables() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LargeTables write FILE.xlsx ROWS | read FILE.xlsx");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    String result;
    if (args[0].equals("write")) {
      int profiles = Math.max(1, Integer.parseInt(args[2]) / MEMBERS);
      List<ClusterProfile> generated =
          ProfileGenerator.builder().seed(1).members(MEMBERS, MEMBERS).build().stream(profiles)
              .toList();
      long actors = generated.stream().mapToLong(p -> p.actors().size()).sum();
      start = System.nanoTime(); // the generator's time is not the writer's
      ClusterTables.create().write(generated, file);
      result =
          profiles + " profiles, " + actors + " actor rows, " + (Files.size(file) >> 10) + " KiB";
    } else {
      List<TableRecord> records = ClusterTables.create().read(file);
      long actors =
          records.stream()
              .filter(TableRecord::isRead)
              .mapToLong(r -> r.profile().actors().size())
              .sum();
      result = records.size() + " profiles, " + actors + " actor rows";
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %s in %.1f s; max heap %d MiB, peak heap used %d MiB%n",
        args[0],
        result,
        seconds,
        Runtime.getRuntime().maxMemory() >> 20,
        peakHeapUsed() >> 20);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}

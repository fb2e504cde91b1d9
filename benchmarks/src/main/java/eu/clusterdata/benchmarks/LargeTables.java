package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.tabular.ClusterTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    HeapUse.reset();
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
      List<ProfileRecord> records = ClusterTables.create().read(file);
      long actors =
          records.stream()
              .filter(ProfileRecord::isRead)
              .mapToLong(r -> r.profile().actors().size())
              .sum();
      result = records.size() + " profiles, " + actors + " actor rows";
    }
    HeapUse.print(args[0], result, start);
  }
}

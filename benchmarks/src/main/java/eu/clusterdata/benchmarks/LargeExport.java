package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows that exports of any size are generated, validated and converted in constant memory: run it
 * with a small heap ({@code -Xmx64m}) on a file of a gigabyte. Prints records, bytes, time,
 * throughput and the peak heap in use. Commands are in {@code docs/performance.md}.
 *
 * <pre>
 * LargeExport generate FILE.jsonl MEGABYTES   write generated profiles until the file is that big
 * LargeExport validate FILE                   read and validate every record (core rules)
 * LargeExport convert IN.jsonl OUT.json       JSON Lines to one JSON array, streaming
 * </pre>
 */
public final class LargeExport {

  private LargeExport() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LargeExport generate FILE MB | validate FILE | convert IN OUT");
      System.exit(2);
    }
    HeapUse.reset();
    long start = System.nanoTime();
    String result =
        switch (args[0]) {
          case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]));
          case "validate" -> validate(Path.of(args[1]));
          case "convert" -> convert(Path.of(args[1]), Path.of(args[2]));
          default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    HeapUse.print(args[0], result, start);
  }

  private static String generate(Path file, long megabytes) throws IOException {
    long target = megabytes << 20;
    ProfileGenerator generator = ProfileGenerator.builder().seed(1).build();
    long count = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        ProfileWriter writer = ClusterJson.create().writer(out, ProfileFormat.JSON_LINES)) {
      while (count % 1000 != 0 || Files.size(file) < target) {
        writer.write(generator.next());
        count++;
      }
    }
    return count + " profiles, " + (Files.size(file) >> 20) + " MiB";
  }

  private static String validate(Path file) throws IOException {
    long read = 0;
    long failed = 0;
    long findings = 0;
    ClusterJson json = ClusterJson.create();
    ProfileValidator validator = ProfileValidator.core();
    try (InputStream in = Files.newInputStream(file);
        ProfileReader reader = json.reader(in, format(file))) {
      while (reader.hasNext()) {
        ProfileRecord record = reader.next();
        if (record.isRead()) {
          read++;
          findings += validator.validate(record.profile()).findings().size();
        } else {
          failed++;
        }
      }
    }
    return read
        + " profiles read, "
        + failed
        + " unreadable, "
        + findings
        + " findings, "
        + (Files.size(file) >> 20)
        + " MiB";
  }

  /** JSON Lines for {@code .jsonl}, else a JSON array. */
  private static ProfileFormat format(Path file) {
    return ProfileFormat.forFileName(file.toString())
        .filter(f -> f == ProfileFormat.JSON_LINES)
        .orElse(ProfileFormat.JSON);
  }

  private static String convert(Path in, Path out) throws IOException {
    ClusterJson json = ClusterJson.create();
    long count = 0;
    try (InputStream input = Files.newInputStream(in);
        ProfileReader reader = json.reader(input, format(in));
        ProfileWriter writer =
            json.writer(
                new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), format(out))) {
      while (reader.hasNext()) {
        ProfileRecord record = reader.next();
        if (!record.isRead()) {
          throw new IllegalStateException(record.location() + ": " + record.error().getMessage());
        }
        writer.write(record.profile());
        count++;
      }
    }
    return count + " profiles, " + (Files.size(out) >> 20) + " MiB written";
  }
}

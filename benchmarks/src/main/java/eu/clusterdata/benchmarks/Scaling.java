package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.json.ProfileReader;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads, validates and converts (JSON Lines to N-Quads) collections of 1x, 10x and 100x the medium
 * workload, and prints the cost per profile, to show whether it stays flat as collections grow.
 * Usage: {@code Scaling DIRECTORY FACTOR...}; see docs/performance.md.
 */
public final class Scaling {

  private Scaling() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    ClusterJson json = ClusterJson.create();
    ProfileValidator validator = ProfileValidator.core();
    System.out.println(
        "profiles  MiB  read µs/profile  read+validate µs/profile  convert µs/profile");
    for (int a = 1; a < args.length; a++) {
      int profiles = 1000 * Integer.parseInt(args[a]);
      Path file = directory.resolve("scaling-" + profiles + ".jsonl");
      ProfileGenerator generator = ProfileGenerator.seeded(2);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
          ProfileWriter writer = json.writer(out, ProfileFormat.JSON_LINES)) {
        for (int i = 0; i < profiles; i++) {
          writer.write(generator.next());
        }
      }
      double read = perProfile(file, profiles, record -> {});
      double validate = perProfile(file, profiles, record -> validator.validate(record.profile()));
      long start = System.nanoTime();
      try (InputStream in = Files.newInputStream(file);
          ProfileReader reader = json.reader(in, ProfileFormat.JSON_LINES);
          ProfileWriter writer =
              ClusterRdf.create()
                  .streamWriter(
                      new BufferedOutputStream(OutputStream.nullOutputStream()),
                      ProfileFormat.N_QUADS)) {
        reader.forEachRemaining(record -> writer.write(record.profile()));
      }
      double convert = (System.nanoTime() - start) / 1e3 / profiles;
      System.out.printf(
          Locale.ROOT,
          "%8d %4d %16.0f %25.0f %19.0f%n",
          profiles,
          Files.size(file) >> 20,
          read,
          validate,
          convert);
      Files.delete(file);
    }
  }

  private interface Work {
    void on(ProfileRecord record);
  }

  private static double perProfile(Path file, int profiles, Work work) throws IOException {
    long start = System.nanoTime();
    try (InputStream in = Files.newInputStream(file);
        ProfileReader reader = ClusterJson.create().reader(in, ProfileFormat.JSON_LINES)) {
      reader.forEachRemaining(work::on);
    }
    return (System.nanoTime() - start) / 1e3 / profiles;
  }
}

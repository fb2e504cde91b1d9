package eu.clusterdata.benchmarks;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated profiles as Turtle and as JSON-LD, and prints the time per profile of each, best
 * of five: the JSON-LD tree costs more than writing triples, and this shows how much. Usage: {@code
 * JsonLdWriting PROFILES}; see docs/performance.md.
 */
public final class JsonLdWriting {

  private JsonLdWriting() {}

  public static void main(String[] args) throws IOException {
    List<ClusterProfile> profiles =
        ProfileGenerator.seeded(5).stream(Integer.parseInt(args[0])).toList();
    if (args.length > 1) {
      try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
          ProfileWriter writer = ClusterJson.create().writer(out, ProfileFormat.JSON_LINES)) {
        profiles.forEach(writer::write);
      }
      return;
    }
    ClusterRdf rdf = ClusterRdf.create();
    for (ProfileFormat syntax : List.of(ProfileFormat.TURTLE, ProfileFormat.JSON_LD)) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 5; run++) {
        long start = System.nanoTime();
        rdf.write(profiles, OutputStream.nullOutputStream(), syntax);
        best = Math.min(best, System.nanoTime() - start);
      }
      System.out.printf(
          "%s: %.1f ms per profile (%d profiles)%n",
          syntax, best / 1e6 / profiles.size(), profiles.size());
    }
  }
}

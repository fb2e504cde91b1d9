package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes generated profiles as Turtle and as framed JSON-LD, and prints the time per profile of
 * each, best of five: framing costs far more than writing triples, and this shows how much. Usage:
 * {@code JsonLdWriting PROFILES}; see docs/performance.md.
 */
public final class JsonLdWriting {

  private JsonLdWriting() {}

  public static void main(String[] args) {
    List<ClusterProfile> profiles =
        ProfileGenerator.seeded(5).stream(Integer.parseInt(args[0])).toList();
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

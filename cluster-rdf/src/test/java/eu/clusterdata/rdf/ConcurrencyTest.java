package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One {@link ClusterRdf} shared by many threads writes and reads what one thread does. */
class ConcurrencyTest {

  private static final long SEED = 4711;

  private static List<ClusterProfile> roundTrip(ClusterRdf rdf, ClusterProfile profile) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    rdf.write(profile, out, ProfileFormat.N_QUADS);
    return rdf.read(new ByteArrayInputStream(out.toByteArray()), ProfileFormat.N_QUADS).profiles();
  }

  @Test
  void aSharedInstanceGivesTheSameResultsAsOneThread() throws Exception {
    List<ClusterProfile> profiles = ProfileGenerator.seeded(SEED).stream(120).toList();
    ClusterRdf rdf = ClusterRdf.create();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ClusterProfile>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (ClusterProfile profile : profiles) {
          futures.add(pool.submit(() -> roundTrip(rdf, profile)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        ClusterProfile profile = profiles.get(i % profiles.size());
        assertEquals(
            List.of(profile),
            futures.get(i).get(60, TimeUnit.SECONDS),
            "seed " + SEED + ", profile " + (i % profiles.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

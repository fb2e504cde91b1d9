package eu.clusterdata.benchmarks;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.LoadMode;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.StoreCredentials;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Many readers and one writer on one store for a fixed time: 8 reader threads asking {@code get},
 * {@code find} and {@code members} at random, 1 writer replacing profiles, against a store of
 * generated profiles. Prints per kind of operation the count, the rate and the 50th and 99th
 * percentile latency, and the errors (which must be 0). Loopback only. Results are in {@code
 * docs/performance.md}.
 *
 * <pre>
 * StoreReadersAndWriter tdb2|fuseki-auth PROFILES SECONDS WORKDIR
 * </pre>
 *
 * {@code fuseki-auth} starts a Fuseki server in this process on a loopback port, over TDB2, that
 * requires a password (HTTP Digest), and talks to it over HTTP with {@link StoreCredentials}.
 */
public final class StoreReadersAndWriter {

  private static final int READERS = 8;

  private StoreReadersAndWriter() {}

  /** Latencies of one thread, in nanoseconds. */
  private static final class Timings {
    private long[] nanos = new long[1 << 16];
    private int count;

    void add(long value) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = value;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: StoreReadersAndWriter tdb2|fuseki-auth PROFILES SECONDS WORKDIR");
      System.exit(2);
    }
    String backEnd = args[0];
    int size = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    Path work = Files.createDirectories(Path.of(args[3]));
    Path directory = Files.createTempDirectory(work, "load-");
    List<ClusterProfile> profiles = ProfileGenerator.seeded(1).stream(size).toList();
    List<Iri> ids = profiles.stream().map(p -> p.organisation().id()).toList();

    FusekiServer server = null;
    ProfileStore store;
    if (backEnd.equals("tdb2")) {
      store = ProfileStore.embedded(directory);
    } else if (backEnd.equals("fuseki-auth")) {
      String password = "load-test-" + System.nanoTime();
      Path passwords = Files.writeString(work.resolve("passwd"), "writer: " + password + "\n");
      server =
          FusekiServer.create()
              .port(0)
              .loopback(true)
              .passwordFile(passwords.toString())
              .auth(AuthScheme.DIGEST)
              .serverAuthPolicy(Auth.policyAllowSpecific("writer"))
              .add("/clusters", DatabaseMgr.connectDatasetGraph(directory.toString()))
              .build()
              .start();
      store =
          ProfileStore.builder()
              .server(URI.create(server.datasetURL("/clusters")))
              .credentials(StoreCredentials.password("writer", password.toCharArray()))
              .open();
    } else {
      throw new IllegalArgumentException("unknown back end " + backEnd);
    }

    long loadStart = System.nanoTime();
    store
        .bulkLoad()
        .mode(LoadMode.SKIP_BAD)
        .batchSize(500)
        .policy(IntegrityPolicy.unchecked())
        .from(profiles);
    System.out.printf(
        Locale.ROOT,
        "%s: loaded %d profiles in %.1f s%n",
        backEnd,
        store.size(),
        (System.nanoTime() - loadStart) / 1e9);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong errors = new AtomicLong();
    List<Timings> reads = new ArrayList<>();
    Timings writes = new Timings();
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      Timings timings = new Timings();
      reads.add(timings);
      SplittableRandom random = new SplittableRandom(r);
      threads.add(
          new Thread(
              () -> {
                while (running.get()) {
                  Iri id = ids.get(random.nextInt(ids.size()));
                  long start = System.nanoTime();
                  try {
                    switch (random.nextInt(3)) {
                      case 0 -> store.get(id).orElseThrow();
                      case 1 -> store.members(id);
                      default ->
                          store.find(ClusterQuery.builder().region(NutsCode.of("DEA1")).build());
                    }
                    timings.add(System.nanoTime() - start);
                  } catch (RuntimeException e) {
                    errors.incrementAndGet();
                  }
                }
              },
              "reader-" + r));
    }
    SplittableRandom writerRandom = new SplittableRandom(99);
    ProfileGenerator fresh = ProfileGenerator.seeded(2);
    threads.add(
        new Thread(
            () -> {
              while (running.get()) {
                ClusterProfile replacement = fresh.next();
                ClusterProfile target = profiles.get(writerRandom.nextInt(profiles.size()));
                ClusterProfile profile =
                    replacement.withOrganisation(
                        replacement.organisation().toBuilder()
                            .id(target.organisation().id())
                            .build());
                long start = System.nanoTime();
                try {
                  store.replace(profile);
                  writes.add(System.nanoTime() - start);
                } catch (RuntimeException e) {
                  errors.incrementAndGet();
                }
              }
            },
            "writer"));
    threads.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    Timings allReads = new Timings();
    reads.forEach(t -> Arrays.stream(t.nanos, 0, t.count).forEach(allReads::add));
    report("reads (8 threads)", allReads, seconds);
    report("writes (1 thread)", writes, seconds);
    System.out.printf(Locale.ROOT, "errors: %d%n", errors.get());
    store.close();
    if (server != null) {
      server.stop();
    }
  }

  private static void report(String what, Timings timings, int seconds) {
    long[] sorted = Arrays.copyOf(timings.nanos, timings.count);
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%s: %d operations, %.1f/s, p50 %.1f ms, p99 %.1f ms%n",
        what,
        sorted.length,
        sorted.length / (double) seconds,
        sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
        sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 1e6);
  }
}

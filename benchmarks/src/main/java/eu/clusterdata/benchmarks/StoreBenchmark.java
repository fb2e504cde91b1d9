package eu.clusterdata.benchmarks;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.model.testing.ProfileGenerator;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.LoadReport;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.VirtuosoServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Bulk load and the typed queries of {@link ProfileStore} at a given number of generated profiles,
 * on one back end. Prints the load time and, per query, the median and the slowest of the timed
 * runs with the number of results. Commands and results are in {@code docs/performance.md}.
 *
 * <pre>
 * StoreBenchmark tdb2|mem|fuseki-mem|fuseki-tdb2|virtuoso PROFILES WORKDIR [STORE]
 * </pre>
 *
 * STORE names a TDB2 directory that an earlier run loaded with the same profiles: the queries then
 * run on it ({@code tdb2} embedded, {@code fuseki-tdb2} behind Fuseki) without loading again.
 *
 * <p>{@code fuseki-*} starts a Fuseki server on a loopback port in this process, over memory or a
 * TDB2 directory, and talks to it over HTTP like any remote server. {@code virtuoso} starts
 * Debian's Virtuoso (installed by {@code .ci/setup-test-env}) on an empty database in WORKDIR,
 * configured as the store's external tests configure it for a writer but with the buffers of
 * Virtuoso's sample configuration for 4 GB, and talks to its own query, update and graph store
 * endpoints.
 */
public final class StoreBenchmark {

  private static final int WARM_UP = 5;
  private static final int RUNS = 20;

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3 && args.length != 4) {
      System.err.println(
          "usage: StoreBenchmark tdb2|mem|fuseki-mem|fuseki-tdb2|virtuoso PROFILES WORKDIR [STORE]");
      System.exit(2);
    }
    String backEnd = args[0];
    int profiles = Integer.parseInt(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]));
    Path export = work.resolve("store-benchmark-" + profiles + ".jsonl");
    if (!Files.exists(export)) {
      generate(export, profiles);
    }
    Path existing = args.length == 4 ? Path.of(args[3]) : null;
    if (existing != null && !backEnd.equals("tdb2") && !backEnd.equals("fuseki-tdb2")) {
      throw new IllegalArgumentException("STORE names a TDB2 directory: not for " + backEnd);
    }
    Path directory = existing != null ? existing : Files.createTempDirectory(work, "store-");
    FusekiServer server = null;
    VirtuosoServer virtuoso = null;
    String location;
    switch (backEnd) {
      case "tdb2" -> location = directory.toString();
      case "mem" -> location = "mem:";
      case "virtuoso" -> {
        virtuoso = VirtuosoServer.startForLoads(directory);
        location = null;
      }
      case "fuseki-mem", "fuseki-tdb2" -> {
        server =
            FusekiServer.create()
                .port(0)
                .loopback(true)
                .add(
                    "/clusters",
                    backEnd.equals("fuseki-mem")
                        ? DatasetGraphFactory.createTxnMem()
                        : DatabaseMgr.connectDatasetGraph(directory.toString()))
                .build()
                .start();
        location = server.datasetURL("/clusters");
      }
      default -> throw new IllegalArgumentException("unknown back end " + backEnd);
    }
    try (ProfileStore store =
        virtuoso == null
            ? ProfileStore.open(location)
            : ProfileStore.builder()
                .server(virtuoso.sparql(), virtuoso.sparql(), virtuoso.graphStore())
                .open()) {
      if (existing == null) {
        load(store, export, backEnd);
      }
      Iri first = store.ids().get(0);
      long start = System.nanoTime();
      int candidates = store.partnerCandidates(first, 10).size();
      System.out.printf(
          Locale.ROOT,
          "  %-45s %8.1f ms          %6d results%n",
          "partner candidates, first call (reads facts)",
          (System.nanoTime() - start) / 1e6,
          candidates);
      Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
      queries.put("find region DEA", () -> find(store, b -> b.region(NutsCode.of("DEA"))));
      queries.put(
          "find region DEA, first page of 50",
          () ->
              store
                  .find(ClusterQuery.builder().region(NutsCode.of("DEA")).build(), 0, 50)
                  .clusters()
                  .size());
      queries.put(
          "find ecosystem DIGITAL",
          () -> find(store, b -> b.ecosystem(IndustrialEcosystem.DIGITAL)));
      queries.put(
          "find transformation DECARBONISATION",
          () -> find(store, b -> b.transformation(Transformation.DECARBONISATION)));
      queries.put(
          "find service area STARTUP_SUPPORT",
          () -> find(store, b -> b.serviceArea(ServiceArea.STARTUP_SUPPORT)));
      queries.put("find impulse I07", () -> find(store, b -> b.impulse("I07")));
      queries.put("find label GOLD", () -> find(store, b -> b.label(LabelLevel.GOLD)));
      queries.put(
          "find DEA + STARTUP_SUPPORT + DECARBONISATION",
          () ->
              find(
                  store,
                  b ->
                      b.region(NutsCode.of("DEA"))
                          .serviceArea(ServiceArea.STARTUP_SUPPORT)
                          .transformation(Transformation.DECARBONISATION)));
      queries.put("members of one cluster", () -> store.members(first).size());
      queries.put("shared members of one cluster", () -> store.sharedMembers(first).size());
      queries.put("partner candidates (top 10)", () -> store.partnerCandidates(first, 10).size());
      queries.put("get one profile", () -> store.get(first).isPresent() ? 1 : 0);
      queries.forEach((name, query) -> time(name, query));
    } finally {
      if (server != null) {
        server.stop();
      }
      if (virtuoso != null) {
        virtuoso.close();
      }
    }
  }

  private static void load(ProfileStore store, Path export, String backEnd) throws IOException {
    long start = System.nanoTime();
    LoadReport report;
    try (ProfileSource source = ProfileSource.open(export)) {
      report = store.bulkLoad().from(source);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: bulk load of %d profiles (%d MiB JSON Lines): %.1f s, %.0f profiles/s%n",
        backEnd,
        report.stored(),
        Files.size(export) >> 20,
        seconds,
        report.stored() / seconds);
  }

  private static int find(
      ProfileStore store, java.util.function.UnaryOperator<ClusterQuery.Builder> criteria) {
    return store.find(criteria.apply(ClusterQuery.builder()).build()).size();
  }

  private static void time(String name, Supplier<Integer> query) {
    int results = 0;
    for (int i = 0; i < WARM_UP; i++) {
      results = query.get();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "  %-45s %8.1f ms median %8.1f ms max  %6d results%n",
        name,
        millis[RUNS / 2],
        millis[RUNS - 1],
        results);
  }

  private static void generate(Path file, int profiles) throws IOException {
    ProfileGenerator generator = ProfileGenerator.seeded(10_000);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        ProfileWriter writer = ClusterJson.create().writer(out, ProfileFormat.JSON_LINES)) {
      for (int i = 0; i < profiles; i++) {
        writer.write(generator.next());
      }
    }
  }
}

package eu.clusterdata.examples;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.store.ClusterQuery;
import eu.clusterdata.store.ClusterSummary;
import eu.clusterdata.store.LoadReport;
import eu.clusterdata.store.ProfileStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the NRW data set into an embedded store and asks which clusters in North Rhine-Westphalia
 * offer start-up support and engage in decarbonisation (two criteria, each on its own, not one
 * service that does both). Give a directory to keep the store; by default it goes to a temporary
 * one. {@code ProfileStore.open("http://localhost:3030/clusters")} would do the same on a Fuseki
 * server.
 */
public final class StoreQueries {

  private StoreQueries() {}

  static List<ClusterSummary> run(Path directory, PrintStream out) throws IOException {
    try (ProfileStore store = ProfileStore.open(directory.toString());
        ProfileSource source = ProfileSource.open(DataSet.jsonLines())) {
      LoadReport report = store.bulkLoad().from(source); // atomic, validated by the core rules
      out.println("stored " + report.stored() + " profiles in " + store);

      List<ClusterSummary> found =
          store.find(
              ClusterQuery.builder()
                  .region(NutsCode.of("DEA"))
                  .serviceArea(ServiceArea.STARTUP_SUPPORT)
                  .transformation(Transformation.DECARBONISATION)
                  .build());
      out.println("Clusters in DEA with start-up support that drive decarbonisation:");
      found.forEach(c -> out.println("  " + c.displayName() + "  " + c.id()));
      return found;
    }
  }

  public static void main(String[] args) throws IOException {
    Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("nrw-store");
    run(directory, System.out);
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option that {@code load} and {@code query} share. */
final class StoreOption {

  @Option(
      names = {"-s", "--store"},
      required = true,
      paramLabel = "LOCATION",
      description =
          "A directory for an embedded TDB2 store (created if missing), or the dataset URL of a"
              + " SPARQL 1.1 server such as http://localhost:3030/clusters.")
  String location;

  ProfileStore open() {
    if (location.equals("mem:")) {
      throw new CliException("--store: mem: would be gone when the command ends; give a directory");
    }
    try {
      return ProfileStore.open(location);
    } catch (ProfileStoreException e) {
      throw new CliException("--store: " + e.getMessage(), e);
    }
  }
}

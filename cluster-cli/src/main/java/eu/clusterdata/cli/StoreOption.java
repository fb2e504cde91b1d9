package eu.clusterdata.cli;

import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

  /** Opens the store, creating an embedded one if the directory does not exist (for load). */
  ProfileStore open() {
    return open(true);
  }

  /**
   * Opens the store; an embedded store whose directory does not exist, or holds no store, is
   * created only if {@code create}, and refused otherwise, so that a mistyped path is an error
   * rather than an empty answer.
   */
  ProfileStore open(boolean create) {
    if (location.equals("mem:")) {
      throw new CliException("--store: mem: would be gone when the command ends; give a directory");
    }
    boolean remote = location.startsWith("http://") || location.startsWith("https://");
    if (!create && !remote && !isStore(Path.of(location))) {
      throw new CliException(
          "--store: "
              + location
              + (Files.exists(Path.of(location))
                  ? " holds no store; give the directory that `clusterdata load` filled"
                  : " does not exist; give the directory that `clusterdata load` filled"));
    }
    try {
      return ProfileStore.open(location);
    } catch (ProfileStoreException e) {
      throw new CliException("--store: " + e.getMessage(), e);
    }
  }

  /** Whether a directory holds a TDB2 store: TDB2 keeps its data in {@code Data-NNNN}. */
  private static boolean isStore(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }
}

package eu.clusterdata.examples;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds and reads the bundled NRW data set, from the repository root or the examples module. */
public final class DataSet {

  private DataSet() {}

  /** The data set as a JSON array: {@code examples/data/nrw-clusters.json}. */
  public static Path json() {
    return find("nrw-clusters.json");
  }

  /** The data set as JSON Lines: {@code examples/data/nrw-clusters.jsonl}. */
  public static Path jsonLines() {
    return find("nrw-clusters.jsonl");
  }

  /** The fictitious showcase as a JSON array: {@code examples/data/showcase.json}. */
  public static Path showcase() {
    return find("showcase.json");
  }

  /** Reads every profile of the data set. */
  public static List<ClusterProfile> read() {
    return read(json());
  }

  /** Reads every profile of a JSON array of profiles, such as {@link #showcase()}. */
  public static List<ClusterProfile> read(Path file) {
    try (var in = Files.newInputStream(file);
        var reader =
            ClusterJson.create().reader(in, eu.clusterdata.model.format.ProfileFormat.JSON)) {
      return java.util.stream.StreamSupport.stream(
              java.util.Spliterators.spliteratorUnknownSize(reader, 0), false)
          .map(
              record -> {
                if (!record.isRead()) {
                  throw record.error();
                }
                return record.profile();
              })
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path find(String name) {
    for (Path directory : List.of(Path.of("data"), Path.of("examples", "data"))) {
      if (Files.exists(directory.resolve(name))) {
        return directory.resolve(name);
      }
    }
    throw new IllegalStateException(
        name + " not found in data/ or examples/data/; run from the repository root");
  }
}

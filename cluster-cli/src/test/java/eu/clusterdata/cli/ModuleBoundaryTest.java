package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checking and converting files must not need the store: only the commands that work on a store
 * (load, query, import and summary, which also work on a store, and their shared store option) may
 * name its package.
 */
class ModuleBoundaryTest {

  private static final Set<String> STORE_COMMANDS =
      Set.of(
          "LoadCommand.java",
          "QueryCommand.java",
          "ImportCommand.java",
          "SummaryCommand.java",
          "StoreOption.java");

  @Test
  void onlyTheStoreCommandsUseTheStore() throws IOException {
    Path sources = Path.of("src/main/java/eu/clusterdata/cli");
    List<Path> files;
    try (Stream<Path> list = Files.list(sources)) {
      files = list.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 10, "the command sources were not found at " + sources);
    for (Path file : files) {
      if (STORE_COMMANDS.contains(file.getFileName().toString())) {
        continue;
      }
      assertFalse(
          Files.readString(file).contains("eu.clusterdata.store"),
          file.getFileName() + " uses the store module");
    }
  }
}

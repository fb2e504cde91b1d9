package eu.clusterdata.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiPredicate;

/**
 * The files that are generated and checked in (the validator's walk, the JSON Schema, the JSON-LD
 * context, the SHACL shapes, the catalogues, the RDF fixture, the tables' layout in the docs, the
 * example data): a test tagged {@code generated} compares each with what its generator gives now
 * and fails with {@link #COMMAND} when they differ. That command runs only those tests, with {@code
 * clusterdata.regenerate} set, and then each writes its file in place.
 *
 * <p>Files are named relative to the repository's root, so that a module that runs another module's
 * tests checks the same files.
 */
public final class GeneratedFiles {

  /** The one command that regenerates every generated file in place. */
  public static final String COMMAND = "mvn -B -q -Pregenerate package";

  private GeneratedFiles() {}

  /** Whether this run regenerates the files rather than checks them. */
  public static boolean regenerating() {
    return Boolean.getBoolean("clusterdata.regenerate");
  }

  /**
   * Checks that {@code file} holds {@code generated}, or, when regenerating, writes it there.
   *
   * @param file the checked-in file, relative to the repository's root
   * @param generated what the generator gives now
   */
  public static void check(String file, String generated) {
    Path path = root().resolve(file);
    String shipped = read(path);
    if (regenerating()) {
      writeIf(!generated.equals(shipped), path, generated);
    } else {
      assertEquals(generated, shipped, file + " is stale: run " + COMMAND);
    }
  }

  /**
   * Checks that {@code file} means what {@code generated} means, by {@code same} (for RDF, whose
   * text a writer may order differently from one run to the next), or, when regenerating, writes it
   * there.
   *
   * @param same whether the shipped text (first) and the generated one (second) mean the same
   */
  public static void check(String file, String generated, BiPredicate<String, String> same) {
    Path path = root().resolve(file);
    String shipped = read(path);
    boolean fresh = !shipped.isEmpty() && same.test(shipped, generated);
    if (regenerating()) {
      writeIf(!fresh, path, generated);
    } else {
      assertTrue(fresh, () -> file + " is stale: run " + COMMAND);
    }
  }

  /**
   * Checks the part of a hand-written {@code file} between the lines {@code begin} and {@code end},
   * which the generator writes, or, when regenerating, writes it there.
   */
  public static void checkSection(String file, String begin, String end, String generated) {
    Path path = root().resolve(file);
    String text = read(path);
    int from = text.indexOf(begin + "\n");
    int to = text.indexOf(end, Math.max(from, 0));
    assertTrue(from >= 0 && to > from, file + " has no section between " + begin + " and " + end);
    int start = from + begin.length() + 1;
    String shipped = text.substring(start, to);
    if (regenerating()) {
      writeIf(
          !generated.equals(shipped),
          path,
          text.substring(0, start) + generated + text.substring(to));
    } else {
      assertEquals(generated, shipped, file + " is stale after " + begin + ": run " + COMMAND);
    }
  }

  /**
   * The repository's root: the nearest folder, from the one the tests run in, that holds {@code
   * cluster-model} (a module's tests run in the module's folder, and some run another module's).
   */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path folder = here; folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve("cluster-model").resolve("pom.xml"))) {
        return folder;
      }
    }
    throw new IllegalStateException("no cluster-model folder at or above " + here);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeIf(boolean stale, Path file, String content) {
    if (!stale) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

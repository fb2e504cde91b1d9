package eu.clusterdata.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/**
 * A corpus of test files under one resource folder with a manifest beside them: one row per file,
 * its cells separated by tabs, the file's name first (the hostile JSON and RDF, the inputs every
 * door must answer alike). Blank lines and lines starting with {@code #} are comments.
 */
public final class Corpus {

  private final Class<?> owner;
  private final String manifest;

  private Corpus(Class<?> owner, String manifest) {
    this.owner = owner;
    this.manifest = manifest;
  }

  /**
   * The corpus whose manifest is the resource {@code manifest} (an absolute name, such as {@code
   * /hostile/manifest.tsv}) of {@code owner}'s class loader.
   */
  public static Corpus of(Class<?> owner, String manifest) {
    return new Corpus(owner, manifest);
  }

  /** The manifest's rows, in order, each as its cells. */
  public List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(manifest)) {
      assertNotNull(in, manifest);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The bytes of the corpus's file {@code name}. */
  public byte[] bytes(String name) {
    try (InputStream in = owner.getResourceAsStream(folder() + name)) {
      assertNotNull(in, folder() + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code action} throws an exception of {@code base} whose own class is named {@code
   * simpleName} and whose message contains {@code fragment}, as a manifest row says.
   */
  public static <T extends Throwable> T assertThrowsNamed(
      Class<T> base, String simpleName, String fragment, Executable action) {
    T thrown = assertThrows(base, action);
    assertEquals(simpleName, thrown.getClass().getSimpleName(), thrown.toString());
    assertTrue(thrown.getMessage().contains(fragment), thrown.getMessage());
    return thrown;
  }

  /**
   * Asserts that the manifest lists every file of the folder and no other, also when the corpus is
   * read from a test jar (as when {@code compat-boot3} runs another module's tests).
   */
  public void assertManifestListsEveryFile() {
    List<String> listed = rows().stream().map(row -> row[0]).sorted().toList();
    URL url = owner.getResource(manifest);
    assertNotNull(url, manifest);
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          assertEquals(listed, present(jar.provider().getPath(uri).getParent()));
        }
      } else {
        assertEquals(listed, present(Path.of(uri).getParent()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> present(Path folder) throws IOException {
    String manifestName = manifest.substring(manifest.lastIndexOf('/') + 1);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString().replace("/", ""))
          .filter(name -> !name.equals(manifestName))
          .sorted()
          .toList();
    }
  }

  private String folder() {
    return manifest.substring(0, manifest.lastIndexOf('/') + 1);
  }
}

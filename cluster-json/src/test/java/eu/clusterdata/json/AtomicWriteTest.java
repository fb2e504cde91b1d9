package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.clusterdata.json.internal.AtomicFiles;
import eu.clusterdata.model.testing.TestProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the library writes appears whole or not at all, even when the write fails half-way. */
class AtomicWriteTest {

  @TempDir Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoDebris() throws Exception {
    Path target = Files.writeString(dir.resolve("profile.json"), "the old document");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(
                          "{\"formatVersion\": \"1.0\", \"organisa"
                              .getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }));
    assertEquals("could not write " + target + ": disk full", e.getMessage());
    assertEquals("the old document", Files.readString(target));
    assertEquals(List.of("profile.json"), files());
  }

  @Test
  void aWriteThatFailsHalfWayCreatesNothing() throws Exception {
    Path target = dir.resolve("new.json");
    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFiles.write(
                target,
                out -> {
                  out.write(new byte[100_000]);
                  throw new IOException("connection lost");
                }));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), files());
  }

  @Test
  void aCompleteWriteReplacesTheFileWithReadablePermissions() throws Exception {
    Path target = Files.writeString(dir.resolve("profile.json"), "old");
    ClusterJson.create().writeProfile(TestProfiles.valid(), target);
    assertEquals(TestProfiles.valid(), ClusterJson.create().readProfile(target));
    assertEquals(List.of("profile.json"), files());
    if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      // Not owner-only, as a temporary file would be: the umask decides, as for any new file.
      assertEquals(
          Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain"), "x")),
          Files.getPosixFilePermissions(target));
    }
  }
}

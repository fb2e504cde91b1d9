package eu.clusterdata.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file that appears whole or not at all: written to a temporary file beside it and moved into
 * place only when {@link #commit()} is called. Closing without committing removes the temporary
 * file and leaves the target as it was.
 */
final class AtomicOutput implements AutoCloseable {

  private final Path target;
  private final Path temporary;
  private final OutputStream out;
  private final boolean replace;
  private boolean committed;

  private AtomicOutput(Path target, boolean replace) throws IOException {
    this.target = target.toAbsolutePath();
    this.replace = replace;
    Path directory = this.target.getParent();
    Files.createDirectories(directory);
    this.temporary =
        Files.createTempFile(directory, "." + this.target.getFileName() + ".", ".partial");
    this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
  }

  /**
   * Opens an output for {@code target}.
   *
   * @param replace whether an existing file may be replaced
   * @throws FileAlreadyExistsException if the file exists and may not be replaced
   */
  static AtomicOutput open(Path target, boolean replace) throws IOException {
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "exists; give --force to replace it");
    }
    return new AtomicOutput(target, replace);
  }

  /** Where to write; do not close it, {@link #commit()} does. */
  OutputStream stream() {
    return out;
  }

  /** Moves the complete file into place. */
  void commit() throws IOException {
    out.close();
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "appeared while writing; give --force to replace it");
    }
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}

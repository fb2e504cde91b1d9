package eu.clusterdata.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that appears whole or not at all: written to a temporary file beside it and moved into
 * place only when {@link #commit()} is called. Closing without committing removes the temporary
 * file and leaves the target as it was, and so does an interruption (SIGINT, SIGTERM): a shutdown
 * hook removes every temporary file not yet committed or closed. (SIGKILL cannot be caught; its
 * leftover is a hidden {@code .NAME.*.partial} file beside the target.)
 */
final class AtomicOutput implements AutoCloseable {

  /** Temporary files being written, removed by the shutdown hook if the process is stopped. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Path file : PENDING) {
                    try {
                      Files.deleteIfExists(file);
                    } catch (IOException e) {
                      // the process is ending; nothing else can be done about it
                    }
                  }
                },
                "clusterdata-remove-partial-files"));
  }

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final OutputStream out;
  private final OutputStream view;
  private final boolean replace;
  private boolean committed;

  private AtomicOutput(Path target, boolean replace) throws IOException {
    this.target = target.toAbsolutePath();
    this.replace = replace;
    Path directory = this.target.getParent();
    Files.createDirectories(directory);
    // A sibling with a random name, created like any other file: createTempFile would make it
    // readable by its owner only, and the output would keep those permissions.
    this.temporary =
        directory.resolve(
            "."
                + this.target.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".partial");
    PENDING.add(temporary);
    this.channel =
        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    // Writers close what they write to; only commit() and close() may close the file.
    this.view =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
          }

          @Override
          public void close() throws IOException {
            out.flush();
          }
        };
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

  /** Where to write; closing it only flushes, {@link #commit()} completes the file. */
  OutputStream stream() {
    return view;
  }

  /** Moves the complete file into place. */
  void commit() throws IOException {
    out.flush();
    channel.force(true); // on disk before it takes the target's name
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
    PENDING.remove(temporary);
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
        PENDING.remove(temporary);
      }
    }
  }
}

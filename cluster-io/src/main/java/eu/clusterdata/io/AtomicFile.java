package eu.clusterdata.io;

import eu.clusterdata.model.internal.Unclosable;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.jspecify.annotations.Nullable;

/**
 * A file that appears whole or not at all: written to a temporary file beside it and moved into
 * place only when {@link #commit()} is called. Closing without committing removes the temporary
 * file and leaves the target as it was, and so does an interruption (SIGINT, SIGTERM): a shutdown
 * hook removes every temporary file not yet committed or closed. (SIGKILL cannot be caught; its
 * leftover is a hidden {@code .NAME.*.partial} file beside the target.) {@link ProfileSink} writes
 * files through it; use it for any other output that must not be seen half-written, such as a
 * report. Not thread-safe.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.open(Path.of("report.html"), true)) {
 *   write(file.stream());
 *   file.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {

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
  private final OutputStream out;
  private final OutputStream view;
  private final boolean replace;
  private boolean committed;

  private AtomicFile(Path target, boolean replace) throws IOException {
    this.target = target.toAbsolutePath();
    this.replace = replace;
    this.temporary = spool(this.target.getParent(), this.target.getFileName().toString());
    this.out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    this.view = Unclosable.of(out);
  }

  /**
   * Opens an output for {@code target}.
   *
   * @param replace whether an existing file may be replaced
   * @throws FileAlreadyExistsException if the file exists and may not be replaced
   */
  public static AtomicFile open(Path target, boolean replace) throws IOException {
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "exists, and is replaced only when asked");
    }
    return new AtomicFile(target, replace);
  }

  /** Returns where to write; closing it only flushes, {@link #commit()} completes the file. */
  public OutputStream stream() {
    return view;
  }

  /** Moves the complete file into place. */
  public void commit() throws IOException {
    out.close();
    moveIntoPlace(temporary, target, replace);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        remove(temporary);
      }
    }
  }

  /**
   * Creates an empty file to write before it takes its name: a hidden sibling of the target in
   * {@code directory}, or a file in the temporary folder when there is no target file. The shutdown
   * hook removes it if the process is stopped first.
   */
  static Path spool(@Nullable Path directory, String name) throws IOException {
    Path folder = directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(folder);
    // A file with a random name, created like any other file: createTempFile would make it
    // readable by its owner only, and the output would keep those permissions.
    Path file =
        folder.resolve(
            "."
                + name
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".partial");
    PENDING.add(file);
    try {
      Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
    } catch (IOException e) {
      PENDING.remove(file);
      throw e;
    }
    return file;
  }

  /** Forces a written spool to disk and moves it to {@code target}, atomically where possible. */
  static void moveIntoPlace(Path spool, Path target, boolean replace) throws IOException {
    try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.WRITE)) {
      channel.force(true); // on disk before it takes the target's name
    }
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(),
          null,
          "appeared while it was written, and is replaced only when asked");
    }
    try {
      Files.move(
          spool, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(spool, target, StandardCopyOption.REPLACE_EXISTING);
    }
    PENDING.remove(spool);
  }

  /** Removes a spool that will not be put in place. */
  static void remove(Path spool) {
    try {
      Files.deleteIfExists(spool);
    } catch (IOException ignored) {
      // nothing else can be done; the shutdown hook tries again
      return;
    }
    PENDING.remove(spool);
  }
}

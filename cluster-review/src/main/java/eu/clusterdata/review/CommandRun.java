package eu.clusterdata.review;

import eu.clusterdata.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a {@code clusterdata} command on uploads, in this process: its exit status, what it
 * printed on standard error, and what it wrote on standard output, kept in a temporary file (so a
 * large conversion is held in bounded memory) that {@link #close()} deletes. A response sends the
 * output and closes the run; nothing of an upload outlasts the request.
 */
final class CommandRun implements Closeable {

  /** The exit status of a command that found errors or skipped records. */
  static final int ERRORS = 1;

  private final int status;
  private final Path output;
  private final String errors;

  private CommandRun(int status, Path output, String errors) {
    this.status = status;
    this.output = output;
    this.errors = errors;
  }

  /**
   * Runs {@code clusterdata ARGS} on the uploads, which the arguments name.
   *
   * @throws IOException if the temporary file for the output cannot be written
   */
  static CommandRun of(List<String> args, List<Upload> uploads) throws IOException {
    Path output = Files.createTempFile("clusterdata-review-", ".out");
    try {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status;
      try (OutputStream out = Files.newOutputStream(output)) {
        status = Main.run(args, Upload.byName(uploads), out, err);
      }
      return new CommandRun(status, output, err.toString(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(output);
      throw e;
    }
  }

  /** The exit status: 0 conforms or done, 1 errors found or records skipped, 2 not done. */
  int status() {
    return status;
  }

  /** Whether the command wrote anything on standard output. */
  boolean wroteOutput() throws IOException {
    return Files.size(output) > 0;
  }

  /** The output's size in bytes. */
  long size() throws IOException {
    return Files.size(output);
  }

  /** What the command wrote on standard output. */
  InputStream output() throws IOException {
    return Files.newInputStream(output);
  }

  /** What the command wrote on standard output, as text. */
  String outputText() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /**
   * What the command said on standard error, one message a line, without the {@code clusterdata
   * COMMAND: } the command line starts its own errors with.
   */
  List<String> messages() {
    List<String> messages = new ArrayList<>();
    for (String line : errors.split("\n")) {
      String message = line.replaceFirst("^clusterdata [a-z]+: ", "").strip();
      if (!message.isEmpty()) {
        messages.add(message);
      }
    }
    return messages;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(output);
  }
}

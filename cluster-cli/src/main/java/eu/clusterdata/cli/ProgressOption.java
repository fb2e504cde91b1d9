package eu.clusterdata.cli;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --progress} / {@code --no-progress} option of the commands that read files. */
final class ProgressOption {

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show progress on standard error (default: when it is a terminal).")
  private @Nullable Boolean progress;

  /** Progress of reading {@code file}, shown when asked or when a person watches. */
  Progress of(PrintStream err, String file, Words words) {
    return new Progress(
        err, progress != null ? progress : Progress.interactive(), Inputs.size(file), words);
  }
}

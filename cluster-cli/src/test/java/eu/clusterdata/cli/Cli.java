package eu.clusterdata.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int status, String out, String err) {

  /** The names of the commands that work on data, as the user types them, in the help's order. */
  static final java.util.List<String> DATA_COMMANDS =
      java.util.List.of(
          "validate",
          "convert",
          "load",
          "import",
          "query",
          "summary",
          "diff",
          "describe",
          "catalogue",
          "schema",
          "serve");

  static Cli run(String... args) {
    return runWithInput("", args);
  }

  static Cli runWithInput(String stdin, String... args) {
    return run(stdin, java.util.Map.of(), args);
  }

  /** Runs with these environment variables (and no others). */
  static Cli runWithEnvironment(java.util.Map<String, String> environment, String... args) {
    return run("", environment, args);
  }

  private static Cli run(String stdin, java.util.Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment);
    return new Cli(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
  }
}

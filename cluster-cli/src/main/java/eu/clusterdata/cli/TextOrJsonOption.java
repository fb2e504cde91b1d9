package eu.clusterdata.cli;

import picocli.CommandLine.Option;

/** The {@code --output text|json} option of the commands that report either way. */
final class TextOrJsonOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORM",
      description = "text (default) or json.")
  private String output = "text";

  /**
   * Returns whether JSON was asked for.
   *
   * @throws CliException for a form that is neither
   */
  boolean json() {
    if (!output.equals("text") && !output.equals("json")) {
      throw new CliException("--output: use text or json, not " + output);
    }
    return output.equals("json");
  }
}

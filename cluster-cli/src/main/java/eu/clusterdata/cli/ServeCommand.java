package eu.clusterdata.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code clusterdata serve}: the review page and its HTTP API. The server is a jar of its own
 * ({@code clusterdata-review.jar}, beside this command's jar in the distribution), so that the
 * command starts without a web framework; the launcher {@code bin/clusterdata} runs that jar for
 * {@code serve}, and this command, reached only without the launcher, says how to start it.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the review page and its HTTP API on http://127.0.0.1:8080/: drop an export, read the"
          + " report, the overview and the differences to an earlier one, in English or German, and"
          + " download it in any format. FILE... are offered on the page as examples.",
      "Settings are given as --NAME=VALUE: --server.port=8090; --server.address=0.0.0.0 (another"
          + " address than loopback) needs --clusterdata.review.token=TOKEN of at least 16"
          + " characters, which every request must show.",
      "The server is clusterdata-review.jar, beside the command's jar; bin/clusterdata starts it."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata serve examples/data/nrw-clusters.jsonl",
      "  clusterdata serve --server.port=8090",
      "  java -jar lib/clusterdata-review.jar examples/data/nrw-clusters.jsonl",
      "",
      "Exit status: 0 when the server stops, 2 when it cannot start."
    })
final class ServeCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Files to offer on the page as examples; and settings as --NAME=VALUE.")
  private List<String> arguments = new ArrayList<>();

  /** The settings, {@code --server.port=8090}: the server's options, not the command's. */
  @Unmatched private List<String> settings = new ArrayList<>();

  @Mixin private LanguageOption language;

  @Override
  public Integer call() {
    throw CliException.of("serve.launcher");
  }
}

package eu.clusterdata.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --output} option of the commands that print rows: {@code query} and {@code catalogue}.
 */
final class TableOutputOption {

  private static final List<String> FORMS = List.of("table", "csv", "json");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORM",
      description = "table (default), csv or json.")
  private String output = "table";

  @Option(
      names = "--semicolons",
      description =
          "With --output csv: cells separated by semicolons, with a byte-order mark, as Excel set"
              + " to German expects.")
  private boolean semicolons;

  /** Refuses an unknown form before any work is done. */
  void check() {
    if (!FORMS.contains(output)) {
      throw CliException.of("table.output", output);
    }
  }

  boolean isTable() {
    return output.equals("table");
  }

  void print(Table table, PrintStream out, Words words) {
    check();
    if (semicolons && output.equals("csv")) {
      table.printGermanCsv(out);
    } else {
      table.print(output, out, words);
    }
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.io.AtomicFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --output FORM} and {@code --report FILE} options of the commands that write a report
 * (validate, summary, diff): the form, and where it goes: a file that appears whole or not at all,
 * or standard output.
 */
final class ReportOption {

  /** The HTML without its document, for a page that places it in itself (the review page). */
  static final String FRAGMENT = "html-fragment";

  private static final List<String> FORMS = List.of("text", "json", "html", FRAGMENT);

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORM",
      description =
          "text (default), json, or html: one self-contained page (nothing fetched);"
              + " html-fragment: the page's content without its document, to place in a page of"
              + " one's own.")
  private String output = "text";

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write to this file (replacing it) instead of standard output.")
  private @Nullable Path report;

  /** Prints a report in a form. */
  interface Renderer {
    void render(String form, PrintStream out) throws IOException;
  }

  /** Refuses an unknown form before any work is done. */
  void check() {
    if (!FORMS.contains(output)) {
      throw CliException.of("report.output", output);
    }
  }

  /**
   * Writes what {@code render} prints to the report file or standard output, and says on standard
   * error where a file went ({@code report written to FILE}), in the language of {@code words}.
   *
   * @param what what the report is: {@code report}, {@code summary} or {@code diff}
   */
  void write(Main main, Words words, String what, Renderer render) throws IOException {
    check();
    if (report == null) {
      render.render(output, main.out);
      main.out.flush();
      return;
    }
    try (AtomicFile target = AtomicFile.open(report, true)) {
      PrintStream out = new PrintStream(target.stream(), false, StandardCharsets.UTF_8);
      render.render(output, out);
      out.flush();
      target.commit();
    }
    main.err.println(words.get("written", words.get("what." + what), report));
  }
}

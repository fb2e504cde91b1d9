package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.Finding;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts profiles between JSON, JSON Lines and the RDF syntaxes, streaming where the"
          + " formats allow.",
      "The output appears whole or not at all, and an existing file is replaced only with --force."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata convert examples/data/nrw-clusters.jsonl nrw.ttl",
      "  clusterdata convert --skip-bad export.jsonl export.nq",
      "  clusterdata convert --to jsonld export.json -",
      "  clusterdata convert --public export.jsonl published.ttl",
      "",
      "Several profiles in one graph (Turtle, N-Triples, RDF/XML, JSON-LD) merge the entities they"
          + " share; use TriG or N-Quads to keep each profile in its own graph.",
      "Exit status: 0 converted, 1 bad records (skipped with --skip-bad, else nothing written),"
          + " 2 nothing written (an input or a command it cannot use)."
    })
final class ConvertCommand implements Callable<Integer> {

  /** Convert reports in English: it has no --lang. */
  @ParentCommand private Main main;

  @Parameters(index = "0", paramLabel = "IN", description = "The file to read; - for stdin.")
  private String input;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write; - for stdout.")
  private String output;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "The input format, if the name does not tell it.")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description = "The output format, if the name does not tell it.")
  private String to;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  private boolean force;

  @Option(
      names = "--public",
      description =
          "Write the profiles as they may be published: without contacts that are personal data"
              + " of natural persons (GDPR).")
  private boolean publicExport;

  @Option(
      names = "--semicolons",
      description =
          "Separate the cells of CSV files (in a .zip) by semicolons, as Excel set to German"
              + " expects; readers tell the separator themselves.")
  private boolean semicolons;

  @Option(
      names = "--skip-bad",
      description = "Skip records that cannot be read and report them, instead of stopping.")
  private boolean skipBad;

  @Mixin private LimitsOption limits;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    Words words = Words.of(language.locale());
    ProfileFormat source = from == null ? null : FormatOption.parse(from, "--from");
    ProfileFormat target =
        to != null
            ? FormatOption.parse(to, "--to")
            : ProfileFormat.forFileName(output)
                .orElseThrow(
                    () ->
                        CliException.of(
                            "output.unknown-format", output, ProfileFormat.shortNames()));
    Progress shown = progress.of(main.err, input, words);
    List<String> skipped = new ArrayList<>();
    long written = 0;
    try (ProfileSource records = new Inputs(main.in, limits.json()).open(input, source, shown)) {
      if (output.equals("-")) {
        written =
            convert(
                records,
                target,
                new FilterOutputStream(main.out) {
                  @Override
                  public void close() throws IOException {
                    flush(); // standard output stays open
                  }
                },
                skipped,
                shown,
                words);
      } else {
        try (AtomicOutput file = AtomicOutput.open(Path.of(output), force)) {
          written = convert(records, target, file.stream(), skipped, shown, words);
          file.commit();
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw CliException.of("output.exists", output);
    } finally {
      shown.done();
    }
    skipped.forEach(problem -> main.err.println(words.get("convert.skipped", problem)));
    main.err.println(
        skipped.isEmpty()
            ? words.get("convert.wrote", written, Inputs.displayName(output))
            : words.get(
                "convert.wrote.skipped", written, Inputs.displayName(output), skipped.size()));
    return skipped.isEmpty() ? 0 : Main.ERRORS;
  }

  private long convert(
      ProfileSource records,
      ProfileFormat target,
      OutputStream out,
      List<String> skipped,
      Progress shown,
      Words words)
      throws IOException {
    long written = 0;
    long read = 0;
    try (ProfileSink sink = ProfileSink.of(target, out, publicExport, semicolons ? ';' : ',')) {
      while (records.hasNext()) {
        SourceRecord record = records.next();
        shown.update(++read);
        String where = Reading.where(Inputs.displayName(input), record, words);
        if (!record.isSound()) {
          CliException.Text problem = Reading.whereAndWhy(Inputs.displayName(input), record);
          if (record.index() < 0) {
            throw CliException.of("convert.nothing-written", problem);
          } else if (!skipBad) {
            throw CliException.badRecords(null, "convert.nothing-written.skip", problem);
          }
          skipped.add(problem.in(words));
          continue;
        }
        for (Finding warning : Reading.warnings(record)) {
          main.err.println(
              words.get("warning", where, warning.rule().code(), warning.message(words.locale())));
        }
        sink.accept(record.profile());
        written++;
      }
      if (read == 0) {
        throw CliException.badRecords(
            null, "empty.nothing-written", Inputs.displayName(input), Message.of(Reading.EMPTY));
      }
    }
    return written;
  }
}

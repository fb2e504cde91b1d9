package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.model.ActorType;
import eu.clusterdata.model.Coded;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.ServiceArea;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.SourceType;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfImport;
import eu.clusterdata.rdf.RdfImporter;
import eu.clusterdata.rdf.RdfMappingException;
import eu.clusterdata.rdf.RdfSyntax;
import eu.clusterdata.rdf.RdfSyntaxException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
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
      "  clusterdata convert --lenient --actor-type company platform-export.ttl imported.jsonl",
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

  @Option(
      names = "--lenient",
      description =
          "Read RDF that other systems published in public vocabularies (W3C ORG, schema.org,"
              + " Dublin Core, SKOS, locn; no cd:ClusterProfile): each organisation with members"
              + " becomes a profile, and every triple not read and every member or service left"
              + " out is reported.")
  private boolean lenient;

  @Option(
      names = "--actor-type",
      paramLabel = "TYPE",
      description =
          "With --lenient: the type of members whose data says none (company, university, ...);"
              + " without it they are left out and reported.")
  private String actorType;

  @Option(
      names = "--service-area",
      paramLabel = "AREA",
      description =
          "With --lenient: the area of services whose data says none"
              + " (networking-and-transfer, ...); without it they are left out and reported.")
  private String serviceArea;

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
    if (!lenient && (actorType != null || serviceArea != null)) {
      throw CliException.of(
          "convert.lenient.needed", actorType != null ? "--actor-type" : "--service-area");
    }
    Progress shown = progress.of(main.err, input, words);
    List<String> skipped = new ArrayList<>();
    long written = 0;
    try (ProfileSource records =
        lenient
            ? imported(source, shown, words)
            : new Inputs(main.in, limits.json()).open(input, source, shown)) {
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

  /**
   * Reads the input with the importer of foreign linked data, reports on standard error every
   * record it left out or completed and every triple it did not read, and returns the profiles.
   */
  private ProfileSource imported(ProfileFormat forced, Progress shown, Words words) {
    Inputs.Opened opened = new Inputs(main.in, limits.json()).openFile(input, forced, shown);
    if (!opened.format().isRdf()) {
      throw CliException.of(
          "convert.lenient.not-rdf", Inputs.displayName(input), opened.format().shortName());
    }
    RdfImporter.Builder importer = ClusterRdf.create().importer();
    if (actorType != null) {
      importer.actorType(code(ActorType.class, actorType, "--actor-type"));
    }
    if (serviceArea != null) {
      importer.serviceArea(code(ServiceArea.class, serviceArea, "--service-area"));
    }
    if (!input.equals("-")) {
      importer.source(
          new Source(
              SourceType.DOCUMENT,
              Path.of(input).getFileName().toString(),
              null,
              LocalDate.now(ZoneOffset.UTC)));
    }
    RdfImport result;
    try (InputStream in = opened.in()) {
      result = importer.build().read(in, RdfSyntax.of(opened.format()));
    } catch (RdfSyntaxException | RdfMappingException e) {
      throw CliException.of(
          "convert.nothing-written",
          Reading.whereAndWhy(Inputs.displayName(input), SourceRecord.bad(-1, 0, e)));
    } catch (IOException e) {
      throw CliException.unreadable(
          Inputs.displayName(input), Message.of("read.io", String.valueOf(e.getMessage())), e);
    }
    for (RdfImport.Note note : result.notes()) {
      main.err.println(words.get("convert.lenient.note", note.text(words.locale())));
    }
    for (Triple triple : result.unmapped()) {
      main.err.println(words.get("convert.lenient.unread", NodeFmtLib.str(triple)));
    }
    main.err.println(
        words.get(
            "convert.lenient.read",
            Inputs.displayName(input),
            result.profiles().size(),
            result.unmapped().size(),
            result.notes().size()));
    return ProfileSource.of(result.profiles());
  }

  private static <E extends Enum<E> & Coded> E code(Class<E> type, String code, String option) {
    try {
      return Coded.fromCode(type, code);
    } catch (IllegalArgumentException e) {
      throw CliException.of("option.invalid", option, e.getMessage());
    }
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

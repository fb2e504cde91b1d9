package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileInput;
import eu.clusterdata.io.ProfileSink;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.WriteRefusedException;
import eu.clusterdata.io.WriteReport;
import eu.clusterdata.model.Source;
import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.rdf.ClusterRdf;
import eu.clusterdata.rdf.RdfImport;
import eu.clusterdata.rdf.RdfImporter;
import eu.clusterdata.rdf.RdfMappingException;
import eu.clusterdata.rdf.RdfSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts profiles between JSON, JSON Lines, the RDF syntaxes and tables, streaming where the"
          + " formats allow.",
      "Every record is checked before it is written: it must be readable, must not repeat another"
          + " record's identifier, and must have no errors under the rules (the core rules unless"
          + " --rules names more, or --unchecked opts out). A bad record means nothing is written,"
          + " unless --skip-bad writes the good ones and lists the bad.",
      "The output appears whole or not at all, never holds no profile, and an existing file is"
          + " replaced only with --force."
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
          + " 2 nothing written (an input, an output or a command it cannot use)."
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
  private @Nullable String from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description = "The output format, if the name does not tell it.")
  private @Nullable String to;

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
          "Separate the cells of CSV files (one, or in a .zip) by semicolons, as Excel set to"
              + " German expects; readers tell the separator themselves.")
  private boolean semicolons;

  @Option(
      names = "--headers",
      paramLabel = "KIND",
      description =
          "Tables: titles (the sheets' and columns' titles in the language of --lang; the default"
              + " for .xlsx) or fields (the layout's field paths; the default for .zip, .csv and"
              + " folders). Reading takes either.")
  private @Nullable String headers;

  @Option(
      names = "--template",
      description =
          "Tables: write every sheet of the layout, even those the profiles leave empty, as a"
              + " template to fill in; otherwise the clusters sheet and the sheets the data uses.")
  private boolean template;

  @Option(
      names = "--skip-bad",
      description =
          "Write the good records and list the bad ones, instead of writing nothing when one is"
              + " bad.")
  private boolean skipBad;

  @Mixin private PolicyOption policy;

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
  private @Nullable String actorType;

  @Option(
      names = "--service-area",
      paramLabel = "AREA",
      description =
          "With --lenient: the area of services whose data says none"
              + " (networking-and-transfer, ...); without it they are left out and reported.")
  private @Nullable String serviceArea;

  @Mixin private LimitsOption limits;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  /** Whether tables are written with titles for people: --headers, or the format's default. */
  private boolean titles(ProfileFormat target) {
    if (headers == null) {
      return target == ProfileFormat.XLSX;
    }
    return switch (headers.toLowerCase(java.util.Locale.ROOT)) {
      case "titles" -> true;
      case "fields" -> false;
      default -> throw CliException.of("convert.headers.unknown", headers);
    };
  }

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
    ProfileSink.Builder sink =
        (output.equals("-")
                ? ProfileSink.toStream(main.out, target)
                : ProfileSink.toFile(Path.of(output)).format(target).replaceExisting(force))
            .policy(policy.policy())
            .skipBad(skipBad)
            .publicExport(publicExport)
            .csvSeparator(semicolons ? ';' : ',')
            .tableTitles(titles(target) ? language.locale() : null)
            .everySheet(template);
    Progress shown = progress.of(main.err, input, words);
    WriteReport report;
    try (ProfileSource records =
            lenient ? imported(source, words) : new Inputs(main, limits).open(input, source);
        ProfileSink out = sink.build()) {
      shown.follow(records::bytesRead);
      long read = 0;
      while (records.hasNext()) {
        ProfileRecord record = records.next();
        shown.update(++read);
        Reading.requireWholeInputRead(record);
        if (out.write(record)) {
          for (Finding warning : Reading.warnings(record)) {
            main.err.println(
                words.get(
                    "warning",
                    Reading.where(record, words),
                    warning.rule().code(),
                    warning.message(words.locale())));
          }
        }
      }
      report = out.finish();
    } catch (WriteRefusedException e) {
      Reading.list(main.err, e.report().refused(), words);
      throw e.code().equals("write.empty") && e.report().offered() > 0
          ? CliException.badRecords(e, "convert.nothing-written.none")
          : CliException.badRecords(
              e, "convert.nothing-written.skip", e.report().refused().size(), e.report().offered());
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof FileAlreadyExistsException) {
        throw CliException.of("output.exists", output);
      }
      throw e;
    } finally {
      shown.done();
    }
    for (ProfileRecord skipped : report.refused()) {
      main.err.println(
          words.get(
              "convert.skipped",
              Reading.where(skipped, words) + ": " + Reading.why(skipped, words)));
    }
    main.err.println(
        report.refused().isEmpty()
            ? words.get("convert.wrote", report.written(), Inputs.outputName(output))
            : words.get(
                "convert.wrote.skipped",
                report.written(),
                Inputs.outputName(output),
                report.refused().size()));
    return report.refused().isEmpty() ? 0 : Main.ERRORS;
  }

  /**
   * Reads the input with the importer of foreign linked data, reports on standard error every
   * record it left out or completed and every triple it did not read, and returns the profiles.
   */
  private ProfileSource imported(@Nullable ProfileFormat forced, Words words) throws IOException {
    ProfileInput opened = new Inputs(main, limits).openInput(input, forced);
    if (!opened.format().isRdf()) {
      opened.close();
      throw CliException.of(
          "convert.lenient.not-rdf", Inputs.displayName(input), opened.format().shortName());
    }
    RdfImporter.Builder importer = ClusterRdf.create().importer();
    if (actorType != null) {
      importer.actorType(Codes.code(ActorType.class, actorType, "--actor-type", null));
    }
    if (serviceArea != null) {
      importer.serviceArea(
          Codes.code(ServiceArea.class, serviceArea, "--service-area", "service-areas"));
    }
    if (!input.equals("-") && main.named == null) {
      // Dates the data does not give are the file's: the same file imports the same every time.
      Instant modified;
      try {
        modified = Files.getLastModifiedTime(Path.of(input)).toInstant();
      } catch (IOException e) {
        throw CliException.of("named", Inputs.displayName(input), e.getMessage());
      }
      importer
          .clock(Clock.fixed(modified, ZoneOffset.UTC))
          .source(
              new Source(
                  SourceType.DOCUMENT,
                  Path.of(input).getFileName().toString(),
                  null,
                  LocalDate.ofInstant(modified, ZoneOffset.UTC)));
    }
    RdfImport result;
    try (opened) {
      result = importer.build().read(opened.stream(), opened.format());
    } catch (RdfSyntaxException | RdfMappingException e) {
      ProfileRecord whole =
          ProfileRecord.unreadable(
              RecordLocation.wholeInput().inSource(Inputs.displayName(input)), e);
      throw CliException.of("convert.nothing-written", Reading.whereAndWhy(whole));
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
}

package eu.clusterdata.cli;

import eu.clusterdata.io.AtomicFile;
import eu.clusterdata.io.ProfileSink;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.WriteRefusedException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.rdf.DatasetDescription;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a DCAT-AP description of a published data set, as data.europa.eu and national"
          + " portals harvest it: its title, description, publisher and licence, a distribution"
          + " for each file published (its address and media type), and the regions, countries and"
          + " period the profiles cover, taken from the profiles themselves.",
      "The profiles are checked as convert checks what it writes (readable, no identifier twice,"
          + " no errors under the rules); a bad record means no description, since it would"
          + " describe data that cannot be published. Titles and descriptions are in the language"
          + " of --lang."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata describe examples/data/nrw-clusters.jsonl \\",
      "      --dataset https://data.example.org/dataset/nrw-clusters \\",
      "      --title \"Clusters in North Rhine-Westphalia\" --description \"Cluster profiles ...\" \\",
      "      --publisher https://example.org/ --publisher-name \"Example\" \\",
      "      --licence https://creativecommons.org/licenses/by/4.0/ \\",
      "      --distribution https://data.example.org/nrw-clusters.ttl \\",
      "      --distribution https://data.example.org/nrw-clusters.jsonl --output dcat.ttl",
      "",
      "Exit status: 0 described, 1 bad records (nothing written), 2 an input, an option or the"
          + " output cannot be used."
    })
final class DescribeCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "The data set's profiles, in any format; - for stdin.")
  private List<String> files = List.of();

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "IRI",
      description = "The data set's IRI.")
  private String dataset;

  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Its title.")
  private String title;

  @Option(
      names = "--description",
      required = true,
      paramLabel = "TEXT",
      description = "What it holds.")
  private String description;

  @Option(
      names = "--publisher",
      required = true,
      paramLabel = "IRI",
      description = "The publisher's IRI.")
  private String publisher;

  @Option(
      names = "--publisher-name",
      required = true,
      paramLabel = "TEXT",
      description = "The publisher's name.")
  private String publisherName;

  @Option(
      names = "--licence",
      required = true,
      paramLabel = "IRI",
      description = "The licence the files are published under, such as a Creative Commons IRI.")
  private String licence;

  @Option(
      names = "--distribution",
      required = true,
      paramLabel = "URL",
      description =
          "Where one file of the data set is downloaded; its format from its name (.ttl, .jsonld,"
              + " .jsonl, .xlsx...), or FORMAT=URL. Give one for each file published.")
  private List<String> distributions = List.of();

  @Option(
      names = "--output",
      paramLabel = "OUT",
      description =
          "The file to write (its syntax from its name: .ttl, .rdf, .jsonld, .nt); - or none for"
              + " Turtle on stdout.")
  private String output = "-";

  @Option(names = "--force", description = "Replace OUT if it exists.")
  private boolean force;

  @Mixin private PolicyOption policy;

  @Mixin private FormatOption format;

  @Mixin private LimitsOption limits;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    Words words = Words.of(language.locale());
    ProfileFormat syntax = syntax();
    String tag = language.locale().getLanguage();
    DatasetDescription.Builder description =
        DatasetDescription.builder(
            iri("--dataset", dataset),
            MultilingualText.of(tag, title),
            MultilingualText.of(tag, this.description),
            new DatasetDescription.Publisher(
                iri("--publisher", publisher), MultilingualText.of(tag, publisherName)),
            iri("--licence", licence));
    for (String distribution : distributions) {
      distribution(description, distribution);
    }
    check(description, words);

    try (AtomicFile target = output.equals("-") ? null : AtomicFile.open(Path.of(output), force)) {
      OutputStream out = target == null ? main.out : target.stream();
      description.build().write(out, syntax);
      out.flush();
      if (target != null) {
        target.commit();
      }
    } catch (FileAlreadyExistsException e) {
      throw CliException.of("output.exists", output);
    }
    main.err.println(words.get("describe.wrote", Inputs.outputName(output)));
    return 0;
  }

  /**
   * Reads every file through the door {@code convert} writes through, so that the profiles
   * described are the ones that may be published, and adds them to the description's coverage.
   */
  private void check(DatasetDescription.Builder description, Words words) throws IOException {
    Inputs inputs = new Inputs(main, limits);
    ProfileSink.Builder checked =
        ProfileSink.toStream(OutputStream.nullOutputStream(), ProfileFormat.JSON_LINES)
            .policy(policy.policy());
    try (ProfileSink sink = checked.build()) {
      for (String file : files) {
        Progress shown = progress.of(main.err, file, words);
        try (ProfileSource records = inputs.open(file, format.format())) {
          shown.follow(records::bytesRead);
          long read = 0;
          while (records.hasNext()) {
            ProfileRecord record = records.next();
            shown.update(++read);
            Reading.requireWholeInputRead(record); // as convert: a broken input, nothing written
            ClusterProfile profile = record.profile();
            if (sink.write(record) && profile != null) { // written means read
              description.add(profile);
            }
          }
        } finally {
          shown.done();
        }
      }
      sink.finish(); // without skipBad, any record refused is thrown here
    } catch (WriteRefusedException e) {
      Reading.list(main.err, e.report().refused(), words);
      throw e.report().offered() == 0
          ? CliException.badRecords(e, "describe.nothing")
          : CliException.badRecords(
              e, "describe.bad", e.report().refused().size(), e.report().offered());
    }
  }

  /** One {@code --distribution}: {@code URL}, its format from its name, or {@code FORMAT=URL}. */
  private static void distribution(DatasetDescription.Builder description, String given) {
    int equals = given.indexOf('=');
    boolean named = equals > 0 && !given.substring(0, equals).contains(":");
    String url = named ? given.substring(equals + 1) : given;
    ProfileFormat format =
        named
            ? FormatOption.parse(given.substring(0, equals), "--distribution")
            : ProfileFormat.forFileName(url.replaceFirst("[?#].*$", ""))
                .orElseThrow(
                    () ->
                        CliException.of(
                            "describe.distribution-format", url, ProfileFormat.shortNames()));
    description.distribution(format, iri("--distribution", url));
  }

  /** The syntax of the description: the output file's, Turtle on stdout. */
  private ProfileFormat syntax() {
    if (output.equals("-")) {
      return ProfileFormat.TURTLE;
    }
    ProfileFormat syntax =
        ProfileFormat.forFileName(output)
            .orElseThrow(
                () -> CliException.of("output.unknown-format", output, "ttl, rdf, jsonld, nt"));
    if (!syntax.isRdf() || syntax.hasNamedGraphs()) {
      throw CliException.of("describe.not-rdf", output);
    }
    return syntax;
  }

  private static Iri iri(String option, String text) {
    try {
      return Iri.of(text);
    } catch (InvalidValueException e) {
      throw CliException.of("describe.not-an-iri", option, text);
    }
  }
}

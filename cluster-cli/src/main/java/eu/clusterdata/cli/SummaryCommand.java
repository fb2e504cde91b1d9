package eu.clusterdata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Shows a data set at a glance: clusters by region (with the official names), members by"
            + " type, services by area, clusters by transformation, impulses taken up, labels by"
            + " level and validity. Records that cannot be read are counted and named on standard"
            + " error.",
    footer = {
      "",
      "Examples:",
      "  clusterdata summary examples/data/nrw-clusters.jsonl",
      "  clusterdata summary --output json export.ttl",
      "  clusterdata summary --store target/store --output html --report overview.html",
      "",
      "Exit status: 0 summed, 1 some records could not be read, 2 an input could not be read."
    })
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files to sum; - for stdin.")
  private List<String> files = List.of();

  @Option(
      names = "--store",
      paramLabel = "LOCATION",
      description =
          "Sum the profiles of a store as well: a directory that `clusterdata load` filled, or a"
              + " SPARQL server's dataset URL.")
  private @Nullable String store;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = "For a SPARQL server that wants a login; as for `load`.")
  private @Nullable Path credentials;

  @Mixin private FormatOption format;

  @Mixin private LimitsOption limits;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Mixin private ReportOption output;

  @Override
  public Integer call() throws IOException {
    output.check();
    if (files.isEmpty() && store == null) {
      throw CliException.of("summary.nothing");
    }
    Words words = Words.of(language.locale());
    Overview overview = new Overview(LocalDate.now());
    if (store != null) {
      StoreOption.of(store, credentials)
          .readAll(main.environment, "--store")
          .forEach(overview::add);
    }
    ProfileFormat forced = format.format();
    Inputs inputs = new Inputs(main, limits);
    long unreadable = 0;
    for (String file : files) {
      Progress shown = progress.of(main.err, file, words);
      try (ProfileSource source = inputs.open(file, forced)) {
        shown.follow(source::bytesRead);
        long read = 0;
        while (source.hasNext()) {
          shown.update(++read);
          ProfileRecord record = source.next();
          ClusterProfile profile = record.profile();
          if (profile == null) {
            unreadable++;
            main.err.println(
                words.get(
                    "cannot-be-read", Reading.where(record, words), Reading.why(record, words)));
          } else {
            overview.add(profile);
          }
        }
      } finally {
        shown.done();
      }
    }
    long unread = unreadable;
    output.write(main, words, "summary", (form, out) -> render(overview, unread, form, out));
    return unreadable > 0 ? Main.ERRORS : 0;
  }

  private void render(Overview overview, long unreadable, String form, PrintStream out)
      throws IOException {
    if (form.startsWith("html")) {
      OverviewPage.write(
          overview, Words.of(language.locale()), form.equals(ReportOption.FRAGMENT), out);
    } else if (form.equals("json")) {
      // Stable keys and codes, whatever --lang says: they are for machines.
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("clusters", overview.clusters());
      json.put("unreadable", unreadable);
      json.put("asOf", overview.today().toString());
      overview.sections().forEach((key, table) -> json.put(jsonName(key), table.objects()));
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    } else {
      Words words = Words.of(language.locale());
      out.println(
          unreadable > 0
              ? words.get("summary.clusters-unreadable", overview.clusters(), unreadable)
              : words.get("summary.clusters", overview.clusters()));
      overview
          .sections()
          .forEach(
              (key, table) -> {
                out.println();
                out.println(words.get(key, overview.today()) + ":");
                table.print("table", out, words);
                // the EU names them in English only; said once, where they show
                if (key.equals("summary.ecosystems")
                    && overview.namesEcosystems()
                    && !words.locale().getLanguage().equals("en")) {
                  out.println(words.get("overview.english-titles"));
                }
              });
    }
  }

  /** The JSON name of a section: {@code summary.member-counts} is {@code memberCounts}. */
  static String jsonName(String key) {
    String name = key.substring("summary.".length());
    StringBuilder camel = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' && i + 1 < name.length()) {
        camel.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        camel.append(c);
      }
    }
    return camel.toString();
  }
}

package eu.clusterdata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.SourceRecord;
import eu.clusterdata.model.format.ProfileFormat;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "",
      "Exit status: 0 summed, 1 some records could not be read, 2 an input could not be read."
    })
final class SummaryCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to sum; - for stdin.")
  private List<String> files;

  @Mixin private FormatOption format;

  @Mixin private LimitsOption limits;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Mixin private TextOrJsonOption output;

  @Override
  public Integer call() throws IOException {
    boolean json = output.json();
    Overview overview = new Overview(LocalDate.now());
    ProfileFormat forced = format.format();
    Inputs inputs = new Inputs(main.in, limits.json());
    long unreadable = 0;
    for (String file : files) {
      Progress shown = progress.of(main.err, file);
      try (ProfileSource source = inputs.open(file, forced, shown)) {
        long read = 0;
        while (source.hasNext()) {
          shown.update(++read);
          SourceRecord record = source.next();
          if (record.profile() == null) {
            unreadable++;
            main.err.println(
                Reading.where(Inputs.displayName(file), record, Words.of(Locale.ENGLISH))
                    + ": cannot be read: "
                    + record.problem());
          } else {
            overview.add(record.profile());
          }
        }
      } finally {
        shown.done();
      }
    }
    if (json) {
      // The keys are the English titles, whatever --lang says: they are for machines.
      Words english = Words.of(Locale.ENGLISH);
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("clusters", overview.clusters());
      report.put("unreadable", unreadable);
      overview
          .sections()
          .forEach((key, table) -> report.put(english.get(key, overview.today()), table.objects()));
      main.out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      Words words = Words.of(language.locale());
      main.out.println(
          unreadable > 0
              ? words.get("summary.clusters-unreadable", overview.clusters(), unreadable)
              : words.get("summary.clusters", overview.clusters()));
      overview
          .sections()
          .forEach(
              (key, table) -> {
                main.out.println();
                main.out.println(words.get(key, overview.today()) + ":");
                table.print("table", main.out);
              });
    }
    return unreadable > 0 ? Main.ERRORS : 0;
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.Message;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.store.LoadException;
import eu.clusterdata.store.LoadMode;
import eu.clusterdata.store.LoadProblem;
import eu.clusterdata.store.LoadReport;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Loads profiles into a store, each replacing the stored profile with the same identifier.",
      "Two records of one input with the same identifier are bad records: neither silently wins.",
      "Each file is one load: all or nothing, unless --skip-bad stores the good records and"
          + " reports the bad ones. Records with errors under the rules are bad."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata load --store target/store examples/data/nrw-clusters.jsonl",
      "  clusterdata load --store http://localhost:3030/clusters --skip-bad export.jsonl",
      "",
      "Exit status: 0 all stored, 1 bad records (nothing stored without --skip-bad), 2 store or"
          + " input unusable."
    })
final class LoadCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to load; - for stdin.")
  private List<String> files;

  @Mixin private FormatOption format;

  @Mixin private LimitsOption limits;

  @Mixin private RulesOption rules;

  @Option(names = "--skip-bad", description = "Store the good records and report the bad ones.")
  private boolean skipBad;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    ProfileFormat forced = format.format();
    ProfileValidator validator = rules.validator();
    Words words = Words.of(language.locale());
    int status = 0;
    try (ProfileStore target = store.open(main.environment)) {
      for (String file : files) {
        String name = Inputs.displayName(file);
        Progress shown = progress.of(main.err, file, words);
        try (ProfileSource source = new Inputs(main.in, limits.json()).open(file, forced, shown)) {
          LoadReport report =
              target
                  .bulkLoad()
                  .mode(skipBad ? LoadMode.SKIP_BAD : LoadMode.ATOMIC)
                  .validator(validator)
                  .progress(shown::update)
                  .from(source);
          shown.done();
          report.problems().forEach(p -> main.err.println(words.get("load.problem", name, p)));
          main.out.println(
              words.get("load.stored", name, report.stored(), report.read(), store.location));
          status = Math.max(status, status(report.problems()));
          if (report.read() == 0) {
            main.err.println(
                words.get("named", name, Message.of(Reading.EMPTY).text(words.locale())));
            status = Math.max(status, Main.ERRORS);
          }
        } catch (LoadException e) {
          shown.done();
          for (LoadProblem problem : e.report().problems()) {
            main.err.println(words.get("load.problem", name, problem));
          }
          main.err.println(
              words.get(
                  "load.nothing-stored", name, e.report().problems().size(), e.report().read()));
          status = Math.max(status, status(e.report().problems()));
        } catch (ProfileStoreException e) {
          throw CliException.because(e, "named", name, e.getMessage());
        }
      }
    }
    return status;
  }

  /** 2 when a whole input could not be read, 1 for bad records, 0 for none. */
  private static int status(List<LoadProblem> problems) {
    if (problems.stream().anyMatch(p -> p.index() < 0)) {
      return Main.FAILED;
    }
    return problems.isEmpty() ? 0 : Main.ERRORS;
  }
}

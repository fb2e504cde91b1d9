package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.validation.IntegrityPolicy;
import eu.clusterdata.store.LoadException;
import eu.clusterdata.store.LoadMode;
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
      "A record is bad if it cannot be read, repeats another record's identifier (neither silently"
          + " wins), or has errors under the rules (the core rules unless --rules names more, or"
          + " --unchecked opts out). Each file is one load: all or nothing, unless --skip-bad stores"
          + " the good records and reports the bad ones."
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

  @Mixin private PolicyOption policy;

  @Option(names = "--skip-bad", description = "Store the good records and report the bad ones.")
  private boolean skipBad;

  @Mixin private ProgressOption progress;

  @Mixin private LanguageOption language;

  @Override
  public Integer call() throws IOException {
    ProfileFormat forced = format.format();
    IntegrityPolicy checks = policy.policy();
    Words words = Words.of(language.locale());
    int status = 0;
    try (ProfileStore target = store.open(main.environment)) {
      for (String file : files) {
        String name = Inputs.displayName(file);
        Progress shown = progress.of(main.err, file, words);
        try (ProfileSource source = new Inputs(main, limits).open(file, forced)) {
          shown.follow(source::bytesRead);
          LoadReport report =
              target
                  .bulkLoad()
                  .mode(skipBad ? LoadMode.SKIP_BAD : LoadMode.ATOMIC)
                  .policy(checks)
                  .progress(shown::update)
                  .from(source);
          shown.done();
          Reading.list(main.err, report.refused(), words);
          main.out.println(
              words.get("load.stored", name, report.stored(), report.read(), store.location));
          status = Math.max(status, status(report.refused()));
        } catch (LoadException e) {
          shown.done();
          Reading.list(main.err, e.report().refused(), words);
          main.err.println(
              words.get(
                  "load.nothing-stored", name, e.report().refused().size(), e.report().read()));
          status = Math.max(status, status(e.report().refused()));
        } catch (ProfileStoreException e) {
          throw CliException.because(e, "named", name, e.getMessage());
        }
      }
    }
    return status;
  }

  /**
   * 2 when a whole input could not be read, 1 for bad records (and for an input that held no
   * profile), 0 for none.
   */
  private static int status(List<ProfileRecord> refused) {
    if (refused.stream()
        .anyMatch(
            r ->
                r.location().isWholeInput()
                    && !r.problems().isEmpty()
                    && !r.problems().get(0).code().equals(Reading.EMPTY))) {
      return Main.FAILED;
    }
    return refused.isEmpty() ? 0 : Main.ERRORS;
  }
}

package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSink;
import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.io.WriteRefusedException;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.Problem;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.store.LoadException;
import eu.clusterdata.store.ProfileStore;
import eu.clusterdata.store.ProfileStoreException;
import eu.clusterdata.tabular.ClusterTables;
import eu.clusterdata.tabular.ColumnMapping;
import eu.clusterdata.tabular.MappedRow;
import eu.clusterdata.tabular.MergeResult;
import eu.clusterdata.tabular.ProfileMerge;
import eu.clusterdata.tabular.RowOutcome;
import eu.clusterdata.tabular.TableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Merges a sheet someone else made (an .xlsx sheet or a .csv file) into existing profiles"
          + " through a column mapping: adds or updates labels, member counts, services... and"
          + " reports, row by row, which cluster each row found and what it changed.",
      "Without --mapping, SHEET holds whole profiles (the library's own tables: .xlsx, .zip, a"
          + " folder of CSV files; or any format it reads), each added to the target or replacing"
          + " the profile of its id there.",
      "A row finds its cluster by id, or by its name and country exactly (case, accents and"
          + " punctuation aside); a near name, two clusters of one name, or none are reported and"
          + " change nothing. Unless every row found its cluster, nothing is written (give"
          + " --skip-unmatched to write the rows that did); --dry-run writes nothing at all."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata import --mapping esca-gold-labels --merge-into export.jsonl gold.csv",
      "  clusterdata import --merge-into target/store --dry-run edited-export.xlsx",
      "  clusterdata import --mapping my-members.mapping.json --merge-into target/store --dry-run"
          + " members.xlsx",
      "",
      "Built-in mappings: esca-gold-labels (the EUCLES/ESCA Gold list by country: Name, Country,"
          + " www, Label valid until). docs/tabular-format.md describes the mapping file.",
      "Exit status: 0 merged (or would be, with --dry-run), 1 rows that found no cluster exactly or"
          + " could not be read (nothing written without --skip-unmatched), 2 nothing written (an"
          + " input, mapping or target it cannot use)."
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(
      index = "0",
      paramLabel = "SHEET",
      description =
          "With --mapping, the .xlsx or .csv file to read; without, profiles to merge in.")
  private Path sheet;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING",
      description =
          "A mapping file (.json), or the name of a built-in mapping; without it, SHEET holds"
              + " whole profiles.")
  private @Nullable String mapping;

  @Option(
      names = "--merge-into",
      required = true,
      paramLabel = "TARGET",
      description =
          "The profiles to merge into: a profile file (rewritten in its format), a store directory"
              + " that `clusterdata load` filled, or a SPARQL server's dataset URL.")
  private String target;

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = "For a SPARQL server that wants a login; as for `load`.")
  private @Nullable Path credentials;

  @Option(names = "--dry-run", description = "Report what would change; write nothing.")
  private boolean dryRun;

  @Option(
      names = "--skip-unmatched",
      description = "Write the rows that found their cluster even if others did not.")
  private boolean skipUnmatched;

  @Mixin private LanguageOption language;

  private Words words = Words.of(Locale.ENGLISH);

  @Override
  public Integer call() throws IOException {
    words = Words.of(language.locale());
    if (mapping == null) {
      return importProfiles();
    }
    ColumnMapping columns = mapping(mapping);
    List<MappedRow> rows;
    try {
      rows = ClusterTables.create().read(sheet, columns);
    } catch (TableException e) {
      throw CliException.because(e, "named", sheet, e.message(words.locale()));
    }
    if (rows.isEmpty()) {
      throw CliException.badRecords(null, "import.no-rows", sheet);
    }
    boolean store = isStore(target);
    List<ClusterProfile> profiles = store ? fromStore() : fromFile();
    MergeResult result = ProfileMerge.merge(profiles, rows, columns, Instant.now());
    report(result);
    long applied = result.rows().stream().filter(r -> r.match() == RowOutcome.Match.EXACT).count();
    main.out.println(
        words.get(
            "import.summary",
            result.changed().size(),
            profiles.size(),
            applied,
            result.rows().size()));
    if (!result.isComplete() && !skipUnmatched) {
      main.err.println(words.get("import.rows-unmatched", result.rows().size() - applied));
      return Main.ERRORS;
    }
    if (dryRun) {
      main.out.println(words.get("import.dry-run"));
    } else if (!result.changed().isEmpty()) {
      if (store) {
        toStore(result.changed());
      } else {
        toFile(result.profiles());
      }
      main.out.println(words.get("import.written", target));
    }
    return result.isComplete() ? 0 : Main.ERRORS;
  }

  /** Whole profiles: each joins the target or replaces the profile of its id there. */
  private int importProfiles() throws IOException {
    List<ClusterProfile> incoming = new ArrayList<>();
    int bad = 0;
    try (ProfileSource source = new Inputs(main, new LimitsOption()).open(sheet.toString(), null)) {
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        if (record.location().isWholeInput()
            && record.problems().get(0).code().equals(Reading.EMPTY)) {
          continue; // said below, as the import's own words
        }
        if (record.isSound()) {
          incoming.add(record.profile());
        } else {
          bad++;
          main.err.println(
              words.get(
                  "import.not-applied", Reading.where(record, words), Reading.why(record, words)));
        }
      }
    }
    if (incoming.isEmpty() && bad == 0) {
      throw CliException.badRecords(null, "import.no-profiles", sheet);
    }
    boolean store = isStore(target);
    Map<Iri, ClusterProfile> merged = new LinkedHashMap<>();
    (store ? fromStore() : fromFile()).forEach(p -> merged.put(p.organisation().id(), p));
    int before = merged.size();
    List<ClusterProfile> changed = new ArrayList<>();
    for (ClusterProfile profile : incoming) {
      ClusterProfile old = merged.put(profile.organisation().id(), profile);
      String id = profile.organisation().id().value();
      if (old == null) {
        main.out.println(words.get("import.added", id));
        changed.add(profile);
      } else if (old.equals(profile)) {
        main.out.println(words.get("import.unchanged", id));
      } else {
        List<ProfileDiff.Change> changes = ProfileDiff.between(old, profile);
        String paths =
            String.join(", ", changes.stream().limit(3).map(ProfileDiff.Change::path).toList())
                + (changes.size() > 3 ? ", ..." : "");
        main.out.println(
            changes.size() == 1
                ? words.get("import.replaced.one", id, paths)
                : words.get("import.replaced", id, changes.size(), paths));
        changed.add(profile);
      }
    }
    main.out.println(words.get("import.change-count", changed.size(), incoming.size(), before));
    if (bad > 0 && !skipUnmatched) {
      main.err.println(words.get("import.records-bad", bad));
      return Main.ERRORS;
    }
    if (dryRun) {
      main.out.println(words.get("import.dry-run"));
    } else if (!changed.isEmpty()) {
      if (store) {
        toStore(changed);
      } else {
        toFile(new ArrayList<>(merged.values()));
      }
      main.out.println(words.get("import.written", target));
    }
    return bad > 0 ? Main.ERRORS : 0;
  }

  private ColumnMapping mapping(String mapping) throws IOException {
    if (ColumnMapping.BUILT_IN.contains(mapping)) {
      return ColumnMapping.builtIn(mapping);
    }
    Path file = Path.of(mapping);
    try (InputStream in = Files.newInputStream(file)) {
      return ColumnMapping.read(in, mapping);
    } catch (NoSuchFileException e) {
      throw CliException.of(
          "import.unknown-mapping", mapping, String.join(", ", ColumnMapping.BUILT_IN));
    } catch (TableException e) {
      throw CliException.because(e, "named", "--mapping", e.message(words.locale()));
    }
  }

  private void report(MergeResult result) {
    for (RowOutcome row : result.rows()) {
      String where = words.get("import.row", sheet.getFileName(), row.row(), row.name());
      switch (row.match()) {
        case EXACT ->
            main.out.println(
                words.get(
                    "import.row.applied",
                    where,
                    Objects.requireNonNull(row.cluster()).value(), // an exact match has both
                    words.get(
                            "change."
                                + Objects.requireNonNull(row.change())
                                    .name()
                                    .toLowerCase(Locale.ROOT))
                        + (row.detail().isEmpty() ? "" : " (" + row.detail() + ")")));
        case NEAR -> main.err.println(words.get("import.row.near", where, row.detail()));
        case AMBIGUOUS -> main.err.println(words.get("import.row.ambiguous", where, row.detail()));
        case UNMATCHED -> main.err.println(words.get("import.row.unmatched", where));
        case UNREADABLE -> {
          for (Problem problem : row.problems()) {
            main.err.println(words.get("named", where, problem.text(words.locale())));
          }
        }
      }
    }
  }

  // ---- the target ----

  private static boolean isStore(String target) {
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return true;
    }
    Path path = Path.of(target);
    return Files.isDirectory(path) && !hasCsvFiles(path);
  }

  /** Whether a folder holds CSV files: then it is tables, not a store. */
  private static boolean hasCsvFiles(Path folder) {
    try (var files = Files.newDirectoryStream(folder, "*.csv")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private StoreOption storeOption() {
    return StoreOption.of(target, credentials);
  }

  private List<ClusterProfile> fromStore() {
    return storeOption().readAll(main.environment, "--merge-into");
  }

  private List<ClusterProfile> fromFile() throws IOException {
    return new Inputs(main, new LimitsOption()).readWhole(target, "import.fix-target");
  }

  private void toStore(List<ClusterProfile> changed) {
    try (ProfileStore store = storeOption().open(false, main.environment)) {
      store.bulkLoad().from(changed);
    } catch (LoadException e) {
      Reading.list(main.err, e.report().refused(), words);
      throw CliException.badRecords(e, "import.breaks-rules");
    } catch (ProfileStoreException e) {
      throw CliException.because(e, "import.store-failed", e.getMessage());
    }
  }

  private void toFile(List<ClusterProfile> profiles) {
    ProfileFormat format =
        ProfileFormat.forFileName(target)
            .orElseThrow(() -> CliException.of("import.cannot-rewrite", target));
    try (ProfileSink sink =
        ProfileSink.toFile(Path.of(target)).format(format).replaceExisting(true).build()) {
      profiles.forEach(sink::write);
      sink.finish();
    } catch (WriteRefusedException e) {
      Reading.list(main.err, e.report().refused(), words);
      throw CliException.badRecords(e, "import.breaks-rules");
    }
  }
}

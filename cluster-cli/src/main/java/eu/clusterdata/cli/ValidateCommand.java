package eu.clusterdata.cli;

import eu.clusterdata.io.ProfileSource;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.format.RecordLocation;
import eu.clusterdata.model.validation.Finding;
import eu.clusterdata.model.validation.ProfileValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks profile files against the rules and reports every finding with its path: every"
          + " record that cannot be read (with every problem, its line and column), every record"
          + " that repeats another's identifier, and every finding of the rules (the core rules,"
          + " and the sets --rules names).",
      "Formats: JSON (one profile or an array), JSON Lines, Turtle, N-Triples, N-Quads, TriG,"
          + " RDF/XML, JSON-LD, Excel workbooks, CSV files (one, or a zip or folder of them); told by the file"
          + " name (checked against the content) or the content. '-' reads standard input.",
      "convert and load refuse what validate reports as an error: the same input gets the same"
          + " verdict at every command."
    },
    footer = {
      "",
      "Examples:",
      "  clusterdata validate examples/data/nrw-clusters.jsonl",
      "  clusterdata validate --rules eccp,eucles --lang de export.ttl",
      "  clusterdata validate --output html --report report.html export.jsonl",
      "  cat export.json | clusterdata validate --output json -",
      "",
      "Exit status: 0 everything conforms, 1 errors found, 2 an input could not be read."
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check; - for stdin.")
  private List<String> files;

  @Mixin private FormatOption format;

  @Mixin private LimitsOption limits;

  @Mixin private RulesOption rules;

  @Mixin private ReportOption output;

  @Mixin private LanguageOption language;

  @Mixin private ProgressOption progress;

  @Override
  public Integer call() throws IOException {
    ProfileValidator validator = rules.validator();
    Locale locale = language.locale();
    ProfileFormat forced = format.format();
    output.check();
    ValidationResults results = new ValidationResults(List.copyOf(validator.ruleSets()), locale);
    Inputs inputs = new Inputs(main, limits);
    for (String file : files) {
      check(file, inputs, forced, validator, results);
    }
    output.write(main, results.words(), "report", (form, out) -> render(results, form, out));
    if (results.anInputFailed()) {
      return Main.FAILED;
    }
    return results.conforms() ? 0 : Main.ERRORS;
  }

  private void check(
      String file,
      Inputs inputs,
      @Nullable ProfileFormat forced,
      ProfileValidator validator,
      ValidationResults results)
      throws IOException {
    String name = Inputs.displayName(file);
    Progress shown = progress.of(main.err, file, results.words());
    try (ProfileSource source = inputs.open(file, forced)) {
      shown.follow(source::bytesRead);
      long done = 0;
      while (source.hasNext()) {
        ProfileRecord record = source.next();
        ClusterProfile profile = record.profile();
        if (profile == null) {
          results.add(
              new ProfileResult(record.location(), null, null, null, record.problems(), List.of()));
        } else {
          List<Finding> findings = new ArrayList<>(record.findings());
          findings.addAll(validator.validate(profile).findings());
          findings.sort(
              Comparator.comparing((Finding f) -> f.rule().code()).thenComparing(Finding::path));
          results.add(
              new ProfileResult(
                  record.location(),
                  profile.organisation().id().value(),
                  profile.organisation().name(),
                  profile.organisation().location().region(),
                  List.of(),
                  findings));
        }
        shown.update(++done);
      }
    } catch (CliException e) {
      results.add(
          new ProfileResult(
              RecordLocation.wholeInput().inSource(name),
              null,
              null,
              null,
              List.of(Reading.problem(e, name, results.words())),
              List.of()));
    } finally {
      shown.done();
    }
  }

  private static void render(ValidationResults results, String form, PrintStream out)
      throws IOException {
    switch (form) {
      case "json" -> JsonReport.write(results, out);
      case "html" -> HtmlReport.write(results, out);
      case ReportOption.FRAGMENT -> HtmlReport.writeFragment(results, out);
      default -> TextReport.write(results, out);
    }
  }
}

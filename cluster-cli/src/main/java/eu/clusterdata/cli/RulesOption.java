package eu.clusterdata.cli;

import eu.clusterdata.model.validation.ProfileValidator;
import eu.clusterdata.model.validation.RuleSet;
import eu.clusterdata.model.value.NutsVersion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --rules} and {@code --nuts} options of {@code validate}, {@code convert} and {@code
 * load}: which rules a profile must pass.
 */
final class RulesOption {

  @Option(
      names = {"-r", "--rules"},
      split = ",",
      paramLabel = "SET",
      description =
          "Rule sets besides the core rules: eccp, eucles, publication (default: core only).")
  private List<String> rules = List.of();

  @Option(
      names = "--nuts",
      paramLabel = "VERSION",
      description =
          "The NUTS version regions must be regions of in profiles that name none"
              + " (metadata.nutsVersion): 2024 (default) or 2021. A region of the other version is"
              + " a warning that names its counterparts.")
  private String nuts = NutsVersion.DEFAULT.label();

  /** Whether rule sets were named. */
  boolean named() {
    return !rules.isEmpty();
  }

  /** The validator of the rule sets named; the core rules always apply. */
  ProfileValidator validator() {
    List<RuleSet> sets = new ArrayList<>();
    for (String name : rules) {
      try {
        sets.add(RuleSet.ofCode(name));
      } catch (IllegalArgumentException e) {
        throw CliException.of("rules.unknown", name, RuleSet.codes());
      }
    }
    NutsVersion version = Codes.nutsVersion(nuts);
    return ProfileValidator.builder()
        .ruleSets(sets.toArray(RuleSet[]::new))
        .nutsVersion(version)
        .build();
  }
}

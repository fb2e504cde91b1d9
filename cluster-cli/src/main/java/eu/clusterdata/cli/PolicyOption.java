package eu.clusterdata.cli;

import eu.clusterdata.model.validation.IntegrityPolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write or store profiles ({@code convert}, {@code load}): the
 * rules a profile must pass ({@code --rules}, the core rules by default) or the explicit opt-out
 * ({@code --unchecked}). Either way, values that can never be valid and what the output format
 * needs are refused: the library's integrity policy.
 */
final class PolicyOption {

  @Mixin private RulesOption rules;

  @Option(
      names = "--unchecked",
      description =
          "Write or store records even when the rules find errors in them (the explicit opt-out;"
              + " values that can never be valid, and what the format needs, are still refused).")
  private boolean unchecked;

  /** The policy the options name. */
  IntegrityPolicy policy() {
    if (unchecked) {
      if (rules.named()) {
        throw CliException.of("policy.contradiction");
      }
      return IntegrityPolicy.unchecked();
    }
    return IntegrityPolicy.checkedBy(rules.validator());
  }
}

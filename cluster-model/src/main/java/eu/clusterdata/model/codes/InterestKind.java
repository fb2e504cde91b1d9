package eu.clusterdata.model.codes;

import eu.clusterdata.model.PartnershipInterest;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link PartnershipInterest} is about, such as {@code joint-rd-project} or {@code
 * market-access}; an open code list (see {@link OpenCode}). Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record InterestKind(@NotNull String code) implements OpenCode, Comparable<InterestKind> {

  private static final Set<String> LISTED =
      Set.of(
          "joint-rd-project",
          "internationalisation",
          "value-chain-partner",
          "market-access",
          "knowledge-exchange",
          "event-co-organisation",
          "funding-application",
          "other");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public InterestKind {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static InterestKind of(String code) {
    return new InterestKind(code);
  }

  /** Returns the codes of the reference list, in no particular order. */
  public static Set<String> listedCodes() {
    return LISTED;
  }

  @Override
  public boolean isListed() {
    return LISTED.contains(code);
  }

  @Override
  public int compareTo(InterestKind other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

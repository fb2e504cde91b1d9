package eu.clusterdata.model;

import eu.clusterdata.model.codes.OpenCode;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * A programme that funds a {@link Project}, such as {@code horizon-europe}, {@code i3}
 * (Interregional Innovation Investments) or {@code erdf-nrw} (the EFRE/ERDF programme of North
 * Rhine-Westphalia); an open code list (see {@link OpenCode}) to which national and regional
 * programmes are added as practice brings them. Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record FundingProgramme(@NotNull String code)
    implements OpenCode, Comparable<FundingProgramme> {

  private static final Set<String> LISTED =
      Set.of(
          "horizon-europe",
          "horizon-2020",
          "cosme",
          "single-market-programme",
          "i3",
          "interreg",
          "erdf",
          "erdf-nrw",
          "digital-europe",
          "national",
          "regional");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public FundingProgramme {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static FundingProgramme of(String code) {
    return new FundingProgramme(code);
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
  public int compareTo(FundingProgramme other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

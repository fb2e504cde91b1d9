package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.ValidNutsCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A region in the EU's NUTS classification: {@code DE} (level 0), {@code DEA} (North
 * Rhine-Westphalia, level 1), {@code DEA1} (Düsseldorf, level 2), {@code DEA11} (level 3).
 *
 * <p>A code of another shape than two capital letters and up to three capital letters or digits is
 * refused when it is made; whether a code of that shape is a region of a NUTS version is a
 * validation rule, since regions change between versions. Immutable and thread-safe.
 *
 * @param code the NUTS code, upper case
 */
@ValidNutsCode
public record NutsCode(@NotNull String code) implements Comparable<NutsCode> {

  /**
   * @throws InvalidValueException if {@code code} does not have the shape of a NUTS code
   */
  public NutsCode {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isNutsShape(code), "core.nuts", code);
  }

  /**
   * Returns the region with this code.
   *
   * @throws InvalidValueException if {@code code} does not have the shape of a NUTS code
   */
  public static NutsCode of(String code) {
    return new NutsCode(code);
  }

  /** Returns the NUTS level: 0 for a country, 1 to 3 for its regions. */
  public int level() {
    return Math.max(0, code.length() - 2);
  }

  /**
   * Returns whether this region is {@code other} or lies inside it ({@code DEA1} is within {@code
   * DEA}).
   */
  public boolean isWithin(NutsCode other) {
    return code.startsWith(other.code);
  }

  /** Returns the two-letter country part (NUTS uses {@code EL} for Greece). */
  public String countryPart() {
    return code.length() < 2 ? code : code.substring(0, 2);
  }

  @Override
  public String toString() {
    return code;
  }

  /** Orders codes alphabetically, so that sets of them have one canonical order. */
  @Override
  public int compareTo(NutsCode other) {
    return code.compareTo(other.code);
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.constraints.ValidNutsCode;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A region in the EU's NUTS classification: {@code DE} (level 0), {@code DEA} (North
 * Rhine-Westphalia, level 1), {@code DEA1} (Düsseldorf, level 2), {@code DEA11} (level 3).
 *
 * <p>The validator checks the shape of the code (two letters, then up to three letters or digits).
 * Immutable and thread-safe.
 *
 * @param code the NUTS code, upper case
 */
@ValidNutsCode
public record NutsCode(@NotNull String code) implements Comparable<NutsCode> {

  public NutsCode {
    Objects.requireNonNull(code, "code");
  }

  /** Returns the region with this code. */
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

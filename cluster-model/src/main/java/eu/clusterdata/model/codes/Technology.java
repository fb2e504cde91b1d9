package eu.clusterdata.model.codes;

import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * A technology a cluster works on, such as {@code artificial-intelligence} or {@code hydrogen}; an
 * open code list (see {@link OpenCode}). Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record Technology(@NotNull String code) implements OpenCode, Comparable<Technology> {

  private static final Set<String> LISTED =
      Set.of(
          "artificial-intelligence",
          "5g",
          "blockchain",
          "quantum-technologies",
          "industrial-biotechnology",
          "biotechnology",
          "bioeconomy",
          "photonics",
          "nanotechnology",
          "microtechnology",
          "advanced-materials",
          "plastics",
          "additive-manufacturing",
          "hydrogen",
          "robotics",
          "automated-driving",
          "cybersecurity",
          "medical-technology",
          "aerospace",
          "logistics",
          "circular-economy",
          "environmental-technology",
          "energy-technology",
          "food-processing",
          "chemistry",
          "production-technology",
          "creative-technologies");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public Technology {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static Technology of(String code) {
    return new Technology(code);
  }

  /** Returns the codes of the reference list, in no particular order. */
  public static Set<String> listedCodes() {
    return LISTED;
  }

  @Override
  public int compareTo(Technology other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean isListed() {
    return LISTED.contains(code);
  }

  @Override
  public String toString() {
    return code;
  }
}

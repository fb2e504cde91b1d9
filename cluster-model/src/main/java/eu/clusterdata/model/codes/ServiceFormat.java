package eu.clusterdata.model.codes;

import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * The format of a service, such as {@code event}, {@code platform} or {@code test-centre}; an open
 * code list (see {@link OpenCode}). Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record ServiceFormat(@NotNull String code) implements OpenCode, Comparable<ServiceFormat> {

  private static final Set<String> LISTED =
      Set.of(
          "event",
          "platform",
          "publication",
          "matchmaking",
          "programme",
          "test-centre",
          "real-world-lab",
          "consulting",
          "training",
          "trade-fair",
          "delegation-trip",
          "ecosystem-mapping",
          "project",
          "newsletter");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public ServiceFormat {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static ServiceFormat of(String code) {
    return new ServiceFormat(code);
  }

  /** Returns the codes of the reference list, in no particular order. */
  public static Set<String> listedCodes() {
    return LISTED;
  }

  @Override
  public int compareTo(ServiceFormat other) {
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

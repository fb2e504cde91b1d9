package eu.clusterdata.model.codes;

import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * A group a service is meant for, such as {@code startups} or {@code smes}; an open code list (see
 * {@link OpenCode}). Immutable and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record TargetGroup(@NotNull String code) implements OpenCode, Comparable<TargetGroup> {

  private static final Set<String> LISTED =
      Set.of(
          "startups",
          "smes",
          "large-companies",
          "companies",
          "universities",
          "research-organisations",
          "public-sector",
          "investors",
          "students",
          "skilled-workers",
          "clusters",
          "policy-makers",
          "civil-society");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public TargetGroup {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static TargetGroup of(String code) {
    return new TargetGroup(code);
  }

  /** Returns the codes of the reference list, in no particular order. */
  public static Set<String> listedCodes() {
    return LISTED;
  }

  @Override
  public int compareTo(TargetGroup other) {
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

package eu.clusterdata.model.codes;

import eu.clusterdata.model.Label;
import eu.clusterdata.model.constraints.ValidCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;

/**
 * The scheme that awards a cluster management {@link Label}, such as {@code eucles} (the European
 * Cluster Excellence Initiative's Bronze, Silver and Gold labels, awarded through ESCA) or a
 * national scheme such as {@code go-cluster}; an open code list (see {@link OpenCode}). Immutable
 * and thread-safe.
 *
 * @param code the code, lower case with hyphens
 */
@ValidCode
public record LabelScheme(@NotNull String code) implements OpenCode, Comparable<LabelScheme> {

  private static final Set<String> LISTED = Set.of("eucles", "go-cluster");

  /** The EUCLES labels; a label that names no scheme is one of these. */
  public static final LabelScheme EUCLES = new LabelScheme("eucles");

  /**
   * @throws InvalidValueException if {@code code} is not lower-case letters and digits joined by
   *     single hyphens
   */
  public LabelScheme {
    Objects.requireNonNull(code, "code");
    Checks.valid(Syntax.isCode(code), "core.code", code);
  }

  /**
   * Returns the value with this code, listed or not.
   *
   * @throws InvalidValueException if {@code code} is not a well-formed code
   */
  public static LabelScheme of(String code) {
    return new LabelScheme(code);
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
  public int compareTo(LabelScheme other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

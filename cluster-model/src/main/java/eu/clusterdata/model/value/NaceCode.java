package eu.clusterdata.model.value;

import eu.clusterdata.model.constraints.ValidNaceCode;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * An economic sector in the NACE classification: a section ({@code C}), a division ({@code 21}), a
 * group ({@code 21.1}) or a class ({@code 21.10}), in Rev. 2 or Rev. 2.1.
 *
 * <p>A code of another shape than its revision's sections, divisions, groups and classes is refused
 * when it is made; whether a code of that shape is in the revision's list is a validation rule.
 * Immutable and thread-safe.
 *
 * @param revision the NACE revision
 * @param code the code as the classification writes it, with its dot
 */
@ValidNaceCode
public record NaceCode(@NotNull NaceRevision revision, @NotNull String code)
    implements Comparable<NaceCode> {

  /**
   * @throws InvalidValueException if {@code code} does not have the shape of a code of {@code
   *     revision}
   */
  public NaceCode {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(code, "code");
    Checks.valid(
        Syntax.isNaceShape(code, revision == NaceRevision.REV_2 ? 'U' : 'V'), "core.nace", code);
  }

  /** Returns a NACE Rev. 2 code. */
  public static NaceCode rev2(String code) {
    return new NaceCode(NaceRevision.REV_2, code);
  }

  /** Returns a NACE Rev. 2.1 code. */
  public static NaceCode rev21(String code) {
    return new NaceCode(NaceRevision.REV_2_1, code);
  }

  /** Orders by revision, then by code. */
  @Override
  public int compareTo(NaceCode other) {
    int byRevision = revision.compareTo(other.revision);
    return byRevision != 0 ? byRevision : code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return "NACE Rev. " + revision.label() + " " + code;
  }
}

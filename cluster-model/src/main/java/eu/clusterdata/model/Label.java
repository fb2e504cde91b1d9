package eu.clusterdata.model;

import eu.clusterdata.model.internal.Checks;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A EUCLES cluster management label. EUCLES's public list gives the level and the date until which
 * the label is valid; the award date and the score are recorded where known. The {@code eucles}
 * rule set checks the label rules. Immutable and thread-safe.
 *
 * @param level Bronze, Silver or Gold
 * @param awarded the day of the benchmarking interview or assessment, or {@code null}
 * @param validUntil the last day the label is valid, or {@code null}
 * @param scorePercent the assessment score in percent (Gold), or {@code null}
 */
public record Label(
    @NotNull LabelLevel level,
    LocalDate awarded,
    LocalDate validUntil,
    @DecimalMin("0") @DecimalMax("100") BigDecimal scorePercent) {

  public Label {
    Checks.required(level, "level");
    scorePercent = Checks.decimal(scorePercent);
  }

  /** Returns a label without score. */
  public static Label of(LabelLevel level, LocalDate awarded, LocalDate validUntil) {
    return new Label(level, awarded, validUntil, null);
  }
}

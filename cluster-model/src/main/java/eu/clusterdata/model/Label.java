package eu.clusterdata.model;

import eu.clusterdata.model.codes.LabelLevel;
import eu.clusterdata.model.codes.LabelScheme;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster management label, one entry of a cluster's label history. A label is awarded by a
 * scheme: EUCLES (Bronze, Silver, Gold), whose public list gives the level and the date until which
 * the label is valid, or a national scheme such as go-cluster. The award date, the score and the
 * assessor are recorded where known. The {@code eucles} rule set checks EUCLES labels. Immutable
 * and thread-safe.
 *
 * @param level Bronze, Silver or Gold
 * @param awarded the day of the benchmarking interview or assessment, or {@code null}
 * @param validUntil the last day the label is valid, or {@code null}
 * @param scorePercent the assessment score in percent (Gold), or {@code null}
 * @param scheme the scheme that awarded it, or {@code null} for EUCLES (all labels of format 1.0)
 * @param assessor who assessed the cluster, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record Label(
    @NotNull LabelLevel level,
    @Nullable LocalDate awarded,
    @Nullable LocalDate validUntil,
    @DecimalMin("0") @DecimalMax("100") @Nullable BigDecimal scorePercent,
    @Valid @Nullable LabelScheme scheme,
    @NoBlank @Nullable String assessor,
    List<@Valid Citation> citations) {

  public Label {
    Checks.required(level, "level");
    scorePercent = Checks.decimal(scorePercent);
    citations = Checks.list(citations, "citations");
  }

  /** Returns the label without citations. */
  public Label(
      LabelLevel level,
      @Nullable LocalDate awarded,
      @Nullable LocalDate validUntil,
      @Nullable BigDecimal scorePercent,
      @Nullable LabelScheme scheme,
      @Nullable String assessor) {
    this(level, awarded, validUntil, scorePercent, scheme, assessor, List.of());
  }

  /** Returns an EUCLES label with the given level, dates and score, without assessor. */
  public Label(
      LabelLevel level,
      @Nullable LocalDate awarded,
      @Nullable LocalDate validUntil,
      @Nullable BigDecimal scorePercent) {
    this(level, awarded, validUntil, scorePercent, null, null);
  }

  /** Returns whether the label is an EUCLES label: its scheme is EUCLES or not given. */
  public boolean isEucles() {
    return scheme == null || scheme.equals(LabelScheme.EUCLES);
  }

  /**
   * Returns whether the label is valid on {@code day}: awarded on or before it (or award date
   * unknown) and valid until it or later (or no end known).
   */
  public boolean isValidOn(LocalDate day) {
    return (awarded == null || !awarded.isAfter(day))
        && (validUntil == null || !validUntil.isBefore(day));
  }

  /** Returns a label without score. */
  public static Label of(
      LabelLevel level, @Nullable LocalDate awarded, @Nullable LocalDate validUntil) {
    return new Label(level, awarded, validUntil, null);
  }

  /**
   * Returns a builder of a {@code Label} with its {@code level}; every other component starts
   * empty.
   */
  public static Builder builder(LabelLevel level) {
    return new Builder(level);
  }

  /** Returns a builder that starts from this {@code Label}. */
  public Builder toBuilder() {
    Builder builder = new Builder(level);
    builder.awarded = awarded;
    builder.validUntil = validUntil;
    builder.scorePercent = scorePercent;
    builder.scheme = scheme;
    builder.assessor = assessor;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code Label} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final LabelLevel level;
    private @Nullable LocalDate awarded;
    private @Nullable LocalDate validUntil;
    private @Nullable BigDecimal scorePercent;
    private @Nullable LabelScheme scheme;
    private @Nullable String assessor;
    private List<Citation> citations = List.of();

    private Builder(LabelLevel level) {
      this.level = level;
    }

    /** The day of the benchmarking interview or assessment, or {@code null}. */
    public Builder awarded(@Nullable LocalDate awarded) {
      this.awarded = awarded;
      return this;
    }

    /** The last day the label is valid, or {@code null}. */
    public Builder validUntil(@Nullable LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /** The assessment score in percent (Gold), or {@code null}. */
    public Builder scorePercent(@Nullable BigDecimal scorePercent) {
      this.scorePercent = scorePercent;
      return this;
    }

    /** The scheme that awarded it, or {@code null} for EUCLES (all labels of format 1.0). */
    public Builder scheme(@Nullable LabelScheme scheme) {
      this.scheme = scheme;
      return this;
    }

    /** Who assessed the cluster, or {@code null}. */
    public Builder assessor(@Nullable String assessor) {
      this.assessor = assessor;
      return this;
    }

    /** Where the statement comes from, or empty. */
    public Builder citations(List<Citation> citations) {
      this.citations = citations;
      return this;
    }

    /** The same, given one by one. */
    public Builder citations(Citation... citations) {
      this.citations = Arrays.asList(citations);
      return this;
    }

    /**
     * Returns the {@code Label}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Label build() {
      return new Label(level, awarded, validUntil, scorePercent, scheme, assessor, citations);
    }
  }
}

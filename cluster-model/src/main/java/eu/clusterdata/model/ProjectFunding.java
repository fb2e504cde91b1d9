package eu.clusterdata.model;

import eu.clusterdata.model.codes.ProjectRole;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A grant that funds a {@link Project}: the programme, the grant or project number, the cluster
 * organisation's role, the funded period and the amount. Immutable and thread-safe.
 *
 * @param programme the programme, such as {@code horizon-europe}
 * @param grantNumber the grant agreement or project number, or {@code null}
 * @param role the cluster organisation's role, or {@code null} when unknown
 * @param period the funded period
 * @param amount the amount granted, or {@code null}
 */
public record ProjectFunding(
    @NotNull @Valid FundingProgramme programme,
    @NoBlank @Nullable String grantNumber,
    @Nullable ProjectRole role,
    @NotNull @Valid DateRange period,
    @Valid @Nullable Money amount) {

  public ProjectFunding {
    Checks.required(programme, "programme");
    Checks.required(period, "period");
  }

  /** Returns funding by {@code programme} under {@code grantNumber}, in {@code role}. */
  public static ProjectFunding of(
      FundingProgramme programme, @Nullable String grantNumber, @Nullable ProjectRole role) {
    return new ProjectFunding(programme, grantNumber, role, DateRange.ALWAYS, null);
  }

  /**
   * Returns a builder of a {@code ProjectFunding} with its {@code programme}; every other component
   * starts empty or at its default.
   */
  public static Builder builder(FundingProgramme programme) {
    return new Builder(programme);
  }

  /** Returns a builder that starts from this {@code ProjectFunding}. */
  public Builder toBuilder() {
    Builder builder = new Builder(programme);
    builder.grantNumber = grantNumber;
    builder.role = role;
    builder.period = period;
    builder.amount = amount;
    return builder;
  }

  /** Builds {@code ProjectFunding} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final FundingProgramme programme;
    private @Nullable String grantNumber;
    private @Nullable ProjectRole role;
    private DateRange period = DateRange.ALWAYS;
    private @Nullable Money amount;

    private Builder(FundingProgramme programme) {
      this.programme = programme;
    }

    /** The grant agreement or project number, or {@code null}. */
    public Builder grantNumber(@Nullable String grantNumber) {
      this.grantNumber = grantNumber;
      return this;
    }

    /** The cluster organisation's role, or {@code null} when unknown. */
    public Builder role(@Nullable ProjectRole role) {
      this.role = role;
      return this;
    }

    /** The funded period. */
    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    /** The amount granted, or {@code null}. */
    public Builder amount(@Nullable Money amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Returns the {@code ProjectFunding}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ProjectFunding build() {
      return new ProjectFunding(programme, grantNumber, role, period, amount);
    }
  }
}

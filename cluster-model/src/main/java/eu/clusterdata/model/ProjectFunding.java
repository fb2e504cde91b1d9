package eu.clusterdata.model;

import eu.clusterdata.model.codes.ProjectRole;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

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
    @NoBlank String grantNumber,
    ProjectRole role,
    @NotNull @Valid DateRange period,
    @Valid Money amount) {

  public ProjectFunding {
    Checks.required(programme, "programme");
    Checks.required(period, "period");
  }

  /** Returns funding by {@code programme} under {@code grantNumber}, in {@code role}. */
  public static ProjectFunding of(
      FundingProgramme programme, String grantNumber, ProjectRole role) {
    return new ProjectFunding(programme, grantNumber, role, DateRange.ALWAYS, null);
  }
}

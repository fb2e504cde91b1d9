package eu.clusterdata.model;

import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cluster management body: team size, legal form, founding year and funding, each optional.
 * Immutable and thread-safe.
 *
 * @param teamSizeFte the management team in full-time equivalents, or {@code null}
 * @param legalForm the legal form as registered (for example {@code e.V.}, {@code GmbH}), or {@code
 *     null}
 * @param foundingYear the year the organisation was founded, or {@code null}
 * @param funding the sources of funding
 */
public record Management(
    @PositiveOrZero @Nullable BigDecimal teamSizeFte,
    @NoBlank @Nullable String legalForm,
    @PastOrPresent @Nullable Year foundingYear,
    List<@Valid Funding> funding) {

  /** A management of which nothing is known. */
  @EmptyValue public static final Management UNKNOWN = new Management(null, null, null, List.of());

  public Management {
    teamSizeFte = Checks.decimal(teamSizeFte);
    funding = Checks.list(funding, "funding");
  }

  /** Returns a copy with the team size in full-time equivalents. */
  public Management withTeamSizeFte(@Nullable BigDecimal teamSizeFte) {
    return new Management(teamSizeFte, legalForm, foundingYear, funding);
  }

  /** Returns a copy with the legal form. */
  public Management withLegalForm(@Nullable String legalForm) {
    return new Management(teamSizeFte, legalForm, foundingYear, funding);
  }

  /** Returns a copy with the founding year. */
  public Management withFoundingYear(@Nullable Year foundingYear) {
    return new Management(teamSizeFte, legalForm, foundingYear, funding);
  }

  /** Returns a builder of a {@code Management}; every other component starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this {@code Management}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.teamSizeFte = teamSizeFte;
    builder.legalForm = legalForm;
    builder.foundingYear = foundingYear;
    builder.funding = funding;
    return builder;
  }

  /** Builds {@code Management} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private @Nullable BigDecimal teamSizeFte;
    private @Nullable String legalForm;
    private @Nullable Year foundingYear;
    private List<Funding> funding = List.of();

    private Builder() {}

    /** The management team in full-time equivalents, or {@code null}. */
    public Builder teamSizeFte(@Nullable BigDecimal teamSizeFte) {
      this.teamSizeFte = teamSizeFte;
      return this;
    }

    /** The legal form as registered (for example {@code e.V.}, {@code GmbH}), or {@code null}. */
    public Builder legalForm(@Nullable String legalForm) {
      this.legalForm = legalForm;
      return this;
    }

    /** The year the organisation was founded, or {@code null}. */
    public Builder foundingYear(@Nullable Year foundingYear) {
      this.foundingYear = foundingYear;
      return this;
    }

    /** The sources of funding. */
    public Builder funding(List<Funding> funding) {
      this.funding = funding;
      return this;
    }

    /** The same, given one by one. */
    public Builder funding(Funding... funding) {
      this.funding = Arrays.asList(funding);
      return this;
    }

    /**
     * Returns the {@code Management}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Management build() {
      return new Management(teamSizeFte, legalForm, foundingYear, funding);
    }
  }
}

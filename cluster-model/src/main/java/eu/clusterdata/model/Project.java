package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.Money;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An EU, national or regional project the cluster organisation takes part in, such as ROCKET or a
 * Eurocluster. Partners are referenced by identifier and must be actors of the profile. Immutable
 * and thread-safe; build one with {@link #builder(Iri, MultilingualText)}.
 *
 * @param id the stable identifier chosen by the data owner
 * @param name the name
 * @param acronym the acronym, or {@code null}
 * @param fundingProgramme the programme that funds it as free text, such as {@code Horizon 2020},
 *     or {@code null}; {@code funding} holds it as a code with grant details
 * @param partners identifiers of the partners among the profile's actors, sorted
 * @param period when it runs
 * @param budget its budget, or {@code null}
 * @param description what it does, or {@code null}
 * @param website its website, or {@code null}
 * @param extensions a platform's own properties, carried through round trips
 * @param funding the grants that fund it
 * @param citations where the statement comes from, or empty
 */
public record Project(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @NoBlank @Nullable String acronym,
    @NoBlank @Nullable String fundingProgramme,
    List<@Valid Iri> partners,
    @NotNull @Valid DateRange period,
    @Valid @Nullable Money budget,
    @Valid @Nullable MultilingualText description,
    @Valid @Nullable Iri website,
    @NotNull @Valid Extensions extensions,
    List<@Valid ProjectFunding> funding,
    List<@Valid Citation> citations) {

  public Project {
    Checks.required(id, "id");
    Checks.required(name, "name");
    partners = Checks.sortedSet(partners, "partners");
    Checks.required(period, "period");
    Checks.required(extensions, "extensions");
    funding = Checks.list(funding, "funding");
    citations = Checks.list(citations, "citations");
  }

  /** Returns a builder for the project with this identifier and name. */
  public static Builder builder(Iri id, MultilingualText name) {
    return new Builder(id, name);
  }

  /** Returns a builder that starts from this {@code Project}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name);
    builder.acronym = acronym;
    builder.fundingProgramme = fundingProgramme;
    builder.partners.addAll(partners);
    builder.period = period;
    builder.budget = budget;
    builder.description = description;
    builder.website = website;
    builder.extensions = extensions;
    builder.citations.addAll(citations);
    builder.funding.addAll(funding);
    return builder;
  }

  /** Builds a {@link Project}; not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText name;
    private @Nullable String acronym;
    private @Nullable String fundingProgramme;
    private final List<Iri> partners = new ArrayList<>();
    private DateRange period = DateRange.ALWAYS;
    private @Nullable Money budget;
    private @Nullable MultilingualText description;
    private @Nullable Iri website;
    private Extensions extensions = Extensions.NONE;
    private final List<Citation> citations = new ArrayList<>();
    private final List<ProjectFunding> funding = new ArrayList<>();

    private Builder(Iri id, MultilingualText name) {
      this.id = id;
      this.name = name;
    }

    public Builder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    public Builder fundingProgramme(@Nullable String fundingProgramme) {
      this.fundingProgramme = fundingProgramme;
      return this;
    }

    public Builder partners(Iri... partners) {
      this.partners.addAll(List.of(partners));
      return this;
    }

    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    public Builder budget(@Nullable Money budget) {
      this.budget = budget;
      return this;
    }

    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    public Builder website(@Nullable Iri website) {
      this.website = website;
      return this;
    }

    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
      return this;
    }

    public Builder addFunding(ProjectFunding funding) {
      this.funding.add(funding);
      return this;
    }

    /** Sets where the statement comes from, replacing any citations set before. */
    public Builder citations(Citation... citations) {
      this.citations.clear();
      this.citations.addAll(List.of(citations));
      return this;
    }

    public Project build() {
      return new Project(
          id,
          name,
          acronym,
          fundingProgramme,
          partners,
          period,
          budget,
          description,
          website,
          extensions,
          funding,
          citations);
    }
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InterestDirection;
import eu.clusterdata.model.codes.InterestKind;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a cluster offers to or seeks from partners, as ECCP profiles and matchmaking events such as
 * "Clusters meet Regions" state it: the kind of cooperation, its topics, the countries and regions
 * it targets and when. Partner matching in the store pairs one cluster's requests with another's
 * offers. Immutable and thread-safe.
 *
 * @param direction whether the cluster offers or seeks it
 * @param kind the kind of cooperation, such as {@code joint-rd-project}
 * @param ecosystems the industrial ecosystems it concerns
 * @param technologies the technologies it concerns, kept sorted and without duplicates
 * @param transformations the transformations it concerns
 * @param serviceAreas the service areas it concerns
 * @param countries the countries it targets, kept sorted and without duplicates
 * @param regions the NUTS regions it targets, kept sorted and without duplicates
 * @param period when it holds
 * @param description what is offered or sought, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record PartnershipInterest(
    @NotNull InterestDirection direction,
    @NotNull @Valid InterestKind kind,
    Set<IndustrialEcosystem> ecosystems,
    List<@Valid Technology> technologies,
    Set<Transformation> transformations,
    Set<ServiceArea> serviceAreas,
    List<@Valid CountryCode> countries,
    List<@Valid NutsCode> regions,
    @NotNull @Valid DateRange period,
    @Valid @Nullable MultilingualText description,
    List<@Valid Citation> citations) {

  public PartnershipInterest {
    Checks.required(direction, "direction");
    Checks.required(kind, "kind");
    ecosystems = Checks.enumSet(ecosystems, IndustrialEcosystem.class, "ecosystems");
    technologies = Checks.sortedSet(technologies, "technologies");
    transformations = Checks.enumSet(transformations, Transformation.class, "transformations");
    serviceAreas = Checks.enumSet(serviceAreas, ServiceArea.class, "serviceAreas");
    countries = Checks.sortedSet(countries, "countries");
    regions = Checks.sortedSet(regions, "regions");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns a builder for an interest of this direction and kind. */
  public static Builder builder(InterestDirection direction, InterestKind kind) {
    return new Builder(direction, kind);
  }

  /** Returns a builder that starts from this {@code PartnershipInterest}. */
  public Builder toBuilder() {
    Builder builder = new Builder(direction, kind);
    builder.ecosystems = ecosystems;
    builder.technologies = technologies;
    builder.transformations = transformations;
    builder.serviceAreas = serviceAreas;
    builder.countries = countries;
    builder.regions = regions;
    builder.period = period;
    builder.description = description;
    builder.citations.addAll(citations);
    return builder;
  }

  /** Builds a {@link PartnershipInterest}; not thread-safe. */
  public static final class Builder {
    private final InterestDirection direction;
    private final InterestKind kind;
    private Set<IndustrialEcosystem> ecosystems = Set.of();
    private List<Technology> technologies = List.of();
    private Set<Transformation> transformations = Set.of();
    private Set<ServiceArea> serviceAreas = Set.of();
    private List<CountryCode> countries = List.of();
    private List<NutsCode> regions = List.of();
    private DateRange period = DateRange.ALWAYS;
    private @Nullable MultilingualText description;
    private final List<Citation> citations = new ArrayList<>();

    private Builder(InterestDirection direction, InterestKind kind) {
      this.direction = direction;
      this.kind = kind;
    }

    public Builder ecosystems(IndustrialEcosystem... ecosystems) {
      this.ecosystems = Set.of(ecosystems);
      return this;
    }

    public Builder technologies(Technology... technologies) {
      this.technologies = List.of(technologies);
      return this;
    }

    public Builder transformations(Transformation... transformations) {
      this.transformations = Set.of(transformations);
      return this;
    }

    public Builder serviceAreas(ServiceArea... serviceAreas) {
      this.serviceAreas = Set.of(serviceAreas);
      return this;
    }

    public Builder countries(CountryCode... countries) {
      this.countries = List.of(countries);
      return this;
    }

    public Builder regions(NutsCode... regions) {
      this.regions = List.of(regions);
      return this;
    }

    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    /** Sets where the statement comes from, replacing any citations set before. */
    public Builder citations(Citation... citations) {
      this.citations.clear();
      this.citations.addAll(List.of(citations));
      return this;
    }

    public PartnershipInterest build() {
      return new PartnershipInterest(
          direction,
          kind,
          ecosystems,
          technologies,
          transformations,
          serviceAreas,
          countries,
          regions,
          period,
          description,
          citations);
    }
  }
}

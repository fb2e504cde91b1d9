package eu.clusterdata.model;

import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A matchmaking event or dialogue format the cluster organises or takes part in, such as
 * Cluster-Dialog.NRW, "Clusters meet Regions" or the European Cluster Conference: its dates, its
 * place (a region, an address, online, or several of these), who organised it, which clusters and
 * regions took part, and what was agreed. Organisers and participants are identified by IRI and
 * need not be actors of the profile; agreed outcomes name the profile's partnerships or projects.
 * Immutable and thread-safe; build one with {@link #builder(Iri, MultilingualText)}.
 *
 * @param id the stable identifier chosen by the data owner
 * @param name the name
 * @param format the format, such as {@code matchmaking}, or {@code null}
 * @param period the days it runs
 * @param region the NUTS region it takes place in, or {@code null}
 * @param address where it takes place, or {@code null}
 * @param online whether it takes place online (also when it has a place as well)
 * @param organisers the organising organisations, kept sorted and without duplicates
 * @param participants the clusters and organisations that took part, kept sorted
 * @param regions the regions that took part, kept sorted and without duplicates
 * @param outcomes the partnerships and projects agreed there, kept sorted
 * @param description what it was about and what came of it, or {@code null}
 * @param website its page, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record Event(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @Valid @Nullable ServiceFormat format,
    @NotNull @Valid DateRange period,
    @Valid @Nullable NutsCode region,
    @Valid @Nullable Address address,
    boolean online,
    List<@Valid Iri> organisers,
    List<@Valid Iri> participants,
    List<@Valid NutsCode> regions,
    List<@Valid Iri> outcomes,
    @Valid @Nullable MultilingualText description,
    @Valid @Nullable Iri website,
    List<@Valid Citation> citations) {

  public Event {
    Checks.required(id, "id");
    Checks.required(name, "name");
    Checks.required(period, "period");
    organisers = Checks.sortedSet(organisers, "organisers");
    participants = Checks.sortedSet(participants, "participants");
    regions = Checks.sortedSet(regions, "regions");
    outcomes = Checks.sortedSet(outcomes, "outcomes");
    citations = Checks.list(citations, "citations");
  }

  /** Returns a builder for the event with this identifier and name. */
  public static Builder builder(Iri id, MultilingualText name) {
    return new Builder(id, name);
  }

  /** Returns a builder that starts from this {@code Event}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name);
    builder.format = format;
    builder.period = period;
    builder.region = region;
    builder.address = address;
    builder.online = online;
    builder.organisers.addAll(organisers);
    builder.participants.addAll(participants);
    builder.regions.addAll(regions);
    builder.outcomes.addAll(outcomes);
    builder.description = description;
    builder.website = website;
    builder.citations.addAll(citations);
    return builder;
  }

  /** Builds an {@link Event}; not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText name;
    private @Nullable ServiceFormat format;
    private DateRange period = DateRange.ALWAYS;
    private @Nullable NutsCode region;
    private @Nullable Address address;
    private boolean online;
    private final List<Iri> organisers = new ArrayList<>();
    private final List<Iri> participants = new ArrayList<>();
    private final List<NutsCode> regions = new ArrayList<>();
    private final List<Iri> outcomes = new ArrayList<>();
    private @Nullable MultilingualText description;
    private @Nullable Iri website;
    private final List<Citation> citations = new ArrayList<>();

    private Builder(Iri id, MultilingualText name) {
      this.id = id;
      this.name = name;
    }

    public Builder format(@Nullable ServiceFormat format) {
      this.format = format;
      return this;
    }

    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    public Builder region(@Nullable NutsCode region) {
      this.region = region;
      return this;
    }

    public Builder address(@Nullable Address address) {
      this.address = address;
      return this;
    }

    public Builder online(boolean online) {
      this.online = online;
      return this;
    }

    public Builder organisers(Iri... organisers) {
      this.organisers.addAll(List.of(organisers));
      return this;
    }

    public Builder participants(Iri... participants) {
      this.participants.addAll(List.of(participants));
      return this;
    }

    public Builder regions(NutsCode... regions) {
      this.regions.addAll(List.of(regions));
      return this;
    }

    public Builder outcomes(Iri... outcomes) {
      this.outcomes.addAll(List.of(outcomes));
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

    /** Sets where the statement comes from, replacing any citations set before. */
    public Builder citations(Citation... citations) {
      this.citations.clear();
      this.citations.addAll(List.of(citations));
      return this;
    }

    public Event build() {
      return new Event(
          id,
          name,
          format,
          period,
          region,
          address,
          online,
          organisers,
          participants,
          regions,
          outcomes,
          description,
          website,
          citations);
    }
  }
}

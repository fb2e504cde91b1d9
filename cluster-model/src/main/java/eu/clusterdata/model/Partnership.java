package eu.clusterdata.model;

import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A network or partnership the cluster organisation belongs to, such as ClusterAllianz.NRW, a
 * Eurocluster or a European Strategic Cluster Partnership. Immutable and thread-safe.
 *
 * @param id the partnership's identifier
 * @param name its name
 * @param type what kind of partnership it is
 * @param period when the organisation took part
 * @param website its website, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record Partnership(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @NotNull PartnershipType type,
    @NotNull @Valid DateRange period,
    @Valid @Nullable Iri website,
    List<@Valid Citation> citations) {

  public Partnership {
    Checks.required(id, "id");
    Checks.required(name, "name");
    Checks.required(type, "type");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the partnership without citations. */
  public Partnership(
      Iri id,
      MultilingualText name,
      PartnershipType type,
      DateRange period,
      @Nullable Iri website) {
    this(id, name, type, period, website, List.of());
  }

  /** Returns an open-ended partnership without website. */
  public static Partnership of(Iri id, MultilingualText name, PartnershipType type) {
    return new Partnership(id, name, type, DateRange.ALWAYS, null);
  }

  /**
   * Returns a builder of a {@code Partnership} with its {@code id}, {@code name}, {@code type};
   * every other component starts empty or at its default.
   */
  public static Builder builder(Iri id, MultilingualText name, PartnershipType type) {
    return new Builder(id, name, type);
  }

  /** Returns a builder that starts from this {@code Partnership}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name, type);
    builder.period = period;
    builder.website = website;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code Partnership} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText name;
    private final PartnershipType type;
    private DateRange period = DateRange.ALWAYS;
    private @Nullable Iri website;
    private List<Citation> citations = List.of();

    private Builder(Iri id, MultilingualText name, PartnershipType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    /** When the organisation took part. */
    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    /** Its website, or {@code null}. */
    public Builder website(@Nullable Iri website) {
      this.website = website;
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
     * Returns the {@code Partnership}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Partnership build() {
      return new Partnership(id, name, type, period, website, citations);
    }
  }
}

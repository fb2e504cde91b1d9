package eu.clusterdata.model;

import eu.clusterdata.model.codes.PartnershipType;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

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
    @Valid Iri website,
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
      Iri id, MultilingualText name, PartnershipType type, DateRange period, Iri website) {
    this(id, name, type, period, website, List.of());
  }

  /** Returns an open-ended partnership without website. */
  public static Partnership of(Iri id, MultilingualText name, PartnershipType type) {
    return new Partnership(id, name, type, DateRange.ALWAYS, null);
  }
}

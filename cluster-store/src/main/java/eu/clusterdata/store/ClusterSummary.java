package eu.clusterdata.store;

import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NutsCode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cluster as a query answers it: its identifier, name, acronym and region.
 *
 * @param id the organisation's identifier, which also names the profile's graph
 * @param name the name in every language the profile gives
 * @param acronym the acronym, or {@code null} if the profile gives none
 * @param region the NUTS region of its seat, or {@code null} if the profile gives none (its name:
 *     {@code NutsClassification.of(version).region(region)})
 */
public record ClusterSummary(
    Iri id, MultilingualText name, @Nullable String acronym, @Nullable NutsCode region) {

  public ClusterSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** Returns the name in English, else German, else the first language given. */
  public String displayName() {
    return name.best(List.of("en", "de")).orElse(id.value());
  }
}

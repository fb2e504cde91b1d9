package eu.clusterdata.model.codes;

import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.constraints.NotNull;

/**
 * A policy recommendation of the paper "Cluster.Zukunft.NRW" (ClusterAllianz.NRW, 2025), as listed
 * in its closing table. The {@link ImpulseCatalogue} holds all 25. Immutable and thread-safe.
 *
 * @param code the stable catalogue code, {@code I01} to {@code I25} in the table's order
 * @param heading the heading it stands under
 * @param title the German title exactly as in the paper, and an English translation
 */
public record Impulse(
    @NotNull String code, @NotNull ImpulseHeading heading, @NotNull MultilingualText title) {

  public Impulse {
    Checks.required(code, "code");
    Checks.required(heading, "heading");
    Checks.required(title, "title");
  }
}

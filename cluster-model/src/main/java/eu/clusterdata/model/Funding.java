package eu.clusterdata.model;

import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Money;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One source of a cluster management's funding, such as a state programme or membership fees.
 * Immutable and thread-safe.
 *
 * @param source who or what provides the funding
 * @param annualAmount the amount per year, or {@code null} when not public
 */
public record Funding(
    @NotNull @Valid MultilingualText source, @Valid @Nullable Money annualAmount) {

  public Funding {
    Checks.required(source, "source");
  }
}

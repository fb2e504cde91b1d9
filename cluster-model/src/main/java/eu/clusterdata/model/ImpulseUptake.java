package eu.clusterdata.model;

import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * That the cluster organisation takes up an impulse of the {@link ImpulseCatalogue}, how far it has
 * got, and the evidence. Immutable and thread-safe.
 *
 * @param impulse the impulse's catalogue code, such as {@code I07}: letters and digits, joined by
 *     hyphens (another code is refused when the uptake is made; an unlisted one is a finding)
 * @param status how far the cluster has got
 * @param evidence the statement that ties the cluster's activity to the impulse, or {@code null}
 * @param source where the evidence is published, or {@code null}
 * @param history the statuses reached, with their days, oldest first
 * @param citations where the statement comes from, or empty
 */
public record ImpulseUptake(
    @NotNull String impulse,
    @NotNull ImpulseStatus status,
    @Valid MultilingualText evidence,
    @Valid Iri source,
    List<@Valid StatusChange> history,
    List<@Valid Citation> citations) {

  public ImpulseUptake {
    Checks.required(impulse, "impulse");
    if (!Syntax.isImpulseCode(impulse)) {
      throw new InvalidValueException("core.impulse.code", impulse);
    }
    Checks.required(status, "status");
    history = Checks.list(history, "history");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the impulse uptake without citations. */
  public ImpulseUptake(
      String impulse,
      ImpulseStatus status,
      MultilingualText evidence,
      Iri source,
      List<StatusChange> history) {
    this(impulse, status, evidence, source, history, List.of());
  }

  /** Returns the uptake of {@code impulse} with its status and evidence, without history. */
  public ImpulseUptake(
      String impulse, ImpulseStatus status, MultilingualText evidence, Iri source) {
    this(impulse, status, evidence, source, List.of());
  }
}

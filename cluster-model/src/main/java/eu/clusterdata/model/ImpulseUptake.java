package eu.clusterdata.model;

import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseStatus;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.internal.Syntax;
import eu.clusterdata.model.problem.InvalidValueException;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    @Valid @Nullable MultilingualText evidence,
    @Valid @Nullable Iri source,
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
      @Nullable MultilingualText evidence,
      @Nullable Iri source,
      List<StatusChange> history) {
    this(impulse, status, evidence, source, history, List.of());
  }

  /** Returns the uptake of {@code impulse} with its status and evidence, without history. */
  public ImpulseUptake(
      String impulse,
      ImpulseStatus status,
      @Nullable MultilingualText evidence,
      @Nullable Iri source) {
    this(impulse, status, evidence, source, List.of());
  }

  /**
   * Returns a builder of an {@code ImpulseUptake} with its {@code impulse}, {@code status}; every
   * other component starts empty.
   */
  public static Builder builder(String impulse, ImpulseStatus status) {
    return new Builder(impulse, status);
  }

  /**
   * Returns a builder of the uptake of {@code impulse}, an impulse of the {@link ImpulseCatalogue},
   * with its {@code status}; every other component starts empty.
   */
  public static Builder builder(Impulse impulse, ImpulseStatus status) {
    return new Builder(impulse.code(), status);
  }

  /** Returns a builder that starts from this {@code ImpulseUptake}. */
  public Builder toBuilder() {
    Builder builder = new Builder(impulse, status);
    builder.evidence = evidence;
    builder.source = source;
    builder.history = history;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code ImpulseUptake} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final String impulse;
    private final ImpulseStatus status;
    private @Nullable MultilingualText evidence;
    private @Nullable Iri source;
    private List<StatusChange> history = List.of();
    private List<Citation> citations = List.of();

    private Builder(String impulse, ImpulseStatus status) {
      this.impulse = impulse;
      this.status = status;
    }

    /** The statement that ties the cluster's activity to the impulse, or {@code null}. */
    public Builder evidence(@Nullable MultilingualText evidence) {
      this.evidence = evidence;
      return this;
    }

    /** Where the evidence is published, or {@code null}. */
    public Builder source(@Nullable Iri source) {
      this.source = source;
      return this;
    }

    /** The statuses reached, with their days, oldest first. */
    public Builder history(List<StatusChange> history) {
      this.history = history;
      return this;
    }

    /** The same, given one by one. */
    public Builder history(StatusChange... history) {
      this.history = Arrays.asList(history);
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
     * Returns the {@code ImpulseUptake}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ImpulseUptake build() {
      return new ImpulseUptake(impulse, status, evidence, source, history, citations);
    }
  }
}

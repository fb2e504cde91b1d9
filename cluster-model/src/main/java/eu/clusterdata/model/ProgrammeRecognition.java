package eu.clusterdata.model;

import eu.clusterdata.model.codes.ProgrammeLevel;
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
 * Recognition of the cluster organisation by a regional, national or European cluster programme.
 * Recognition by a regional or national programme waives the ECCP listing criteria. Immutable and
 * thread-safe.
 *
 * @param programme the programme's name
 * @param level the level of government that runs it
 * @param period when the recognition holds
 * @param url the programme's web page, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record ProgrammeRecognition(
    @NotNull @Valid MultilingualText programme,
    @NotNull ProgrammeLevel level,
    @NotNull @Valid DateRange period,
    @Valid @Nullable Iri url,
    List<@Valid Citation> citations) {

  public ProgrammeRecognition {
    Checks.required(programme, "programme");
    Checks.required(level, "level");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the programme recognition without citations. */
  public ProgrammeRecognition(
      MultilingualText programme, ProgrammeLevel level, DateRange period, @Nullable Iri url) {
    this(programme, level, period, url, List.of());
  }

  /**
   * Returns a builder of a {@code ProgrammeRecognition} with its {@code programme}, {@code level};
   * every other component starts empty or at its default.
   */
  public static Builder builder(MultilingualText programme, ProgrammeLevel level) {
    return new Builder(programme, level);
  }

  /** Returns a builder that starts from this {@code ProgrammeRecognition}. */
  public Builder toBuilder() {
    Builder builder = new Builder(programme, level);
    builder.period = period;
    builder.url = url;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code ProgrammeRecognition} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final MultilingualText programme;
    private final ProgrammeLevel level;
    private DateRange period = DateRange.ALWAYS;
    private @Nullable Iri url;
    private List<Citation> citations = List.of();

    private Builder(MultilingualText programme, ProgrammeLevel level) {
      this.programme = programme;
      this.level = level;
    }

    /** When the recognition holds. */
    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    /** The programme's web page, or {@code null}. */
    public Builder url(@Nullable Iri url) {
      this.url = url;
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
     * Returns the {@code ProgrammeRecognition}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ProgrammeRecognition build() {
      return new ProgrammeRecognition(programme, level, period, url, citations);
    }
  }
}

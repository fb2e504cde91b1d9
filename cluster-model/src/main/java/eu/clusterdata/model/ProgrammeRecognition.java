package eu.clusterdata.model;

import eu.clusterdata.model.codes.ProgrammeLevel;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

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
    @Valid Iri url,
    List<@Valid Citation> citations) {

  public ProgrammeRecognition {
    Checks.required(programme, "programme");
    Checks.required(level, "level");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the programme recognition without citations. */
  public ProgrammeRecognition(
      MultilingualText programme, ProgrammeLevel level, DateRange period, Iri url) {
    this(programme, level, period, url, List.of());
  }
}

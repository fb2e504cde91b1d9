package eu.clusterdata.model;

import eu.clusterdata.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Recognition of the cluster organisation by a regional, national or European cluster programme.
 * Recognition by a regional or national programme waives the ECCP listing criteria. Immutable and
 * thread-safe.
 *
 * @param programme the programme's name
 * @param level the level of government that runs it
 * @param period when the recognition holds
 * @param url the programme's web page, or {@code null}
 */
public record ProgrammeRecognition(
    @NotNull @Valid MultilingualText programme,
    @NotNull ProgrammeLevel level,
    @NotNull @Valid DateRange period,
    @Valid Iri url) {

  public ProgrammeRecognition {
    Checks.required(programme, "programme");
    Checks.required(level, "level");
    Checks.required(period, "period");
  }
}

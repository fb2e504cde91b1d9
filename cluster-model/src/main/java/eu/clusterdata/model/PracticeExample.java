package eu.clusterdata.model;

import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * A practice example: how the cluster organisation connected actors and what came of it. Actors and
 * services are referenced by identifier and must be in the profile. Immutable and thread-safe.
 *
 * @param id the stable identifier chosen by the data owner
 * @param title a short title
 * @param description the story, or {@code null}
 * @param actors identifiers of the actors involved
 * @param services identifiers of the services involved
 * @param transformations the transformations it illustrates
 * @param extensions a platform's own properties, carried through round trips
 * @param citations where the statement comes from, or empty
 */
public record PracticeExample(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText title,
    @Valid MultilingualText description,
    List<@Valid Iri> actors,
    List<@Valid Iri> services,
    Set<Transformation> transformations,
    @NotNull @Valid Extensions extensions,
    List<@Valid Citation> citations) {

  public PracticeExample {
    Checks.required(id, "id");
    Checks.required(title, "title");
    actors = Checks.sortedSet(actors, "actors");
    services = Checks.sortedSet(services, "services");
    transformations = Checks.enumSet(transformations, Transformation.class, "transformations");
    Checks.required(extensions, "extensions");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the practice example without citations. */
  public PracticeExample(
      Iri id,
      MultilingualText title,
      MultilingualText description,
      List<Iri> actors,
      List<Iri> services,
      Set<Transformation> transformations,
      Extensions extensions) {
    this(id, title, description, actors, services, transformations, extensions, List.of());
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the cluster organisation does for one of the four transformations, with references to the
 * services, projects and practice examples of the profile that carry it. Immutable and thread-safe.
 *
 * @param transformation the transformation
 * @param description what the cluster does there, or {@code null}
 * @param services identifiers of the profile's services that serve it
 * @param projects identifiers of the profile's projects that serve it
 * @param practiceExamples identifiers of the profile's practice examples that show it
 * @param citations where the statement comes from, or empty
 */
public record TransformationEngagement(
    @NotNull Transformation transformation,
    @Valid MultilingualText description,
    List<@Valid Iri> services,
    List<@Valid Iri> projects,
    List<@Valid Iri> practiceExamples,
    List<@Valid Citation> citations) {

  public TransformationEngagement {
    Checks.required(transformation, "transformation");
    services = Checks.sortedSet(services, "services");
    projects = Checks.sortedSet(projects, "projects");
    practiceExamples = Checks.sortedSet(practiceExamples, "practiceExamples");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the transformation engagement without citations. */
  public TransformationEngagement(
      Transformation transformation,
      MultilingualText description,
      List<Iri> services,
      List<Iri> projects,
      List<Iri> practiceExamples) {
    this(transformation, description, services, projects, practiceExamples, List.of());
  }

  /** Returns an engagement described in text, without references. */
  public static TransformationEngagement of(
      Transformation transformation, MultilingualText description) {
    return new TransformationEngagement(
        transformation, description, List.of(), List.of(), List.of());
  }

  /** Returns a copy that references these services. */
  public TransformationEngagement withServices(Iri... services) {
    return new TransformationEngagement(
        transformation, description, List.of(services), projects, practiceExamples);
  }

  /** Returns a copy that references these projects. */
  public TransformationEngagement withProjects(Iri... projects) {
    return new TransformationEngagement(
        transformation, description, services, List.of(projects), practiceExamples);
  }

  /** Returns a copy that references these practice examples. */
  public TransformationEngagement withPracticeExamples(Iri... practiceExamples) {
    return new TransformationEngagement(
        transformation, description, services, projects, List.of(practiceExamples));
  }
}

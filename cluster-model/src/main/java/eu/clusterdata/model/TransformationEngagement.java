package eu.clusterdata.model;

import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    @Valid @Nullable MultilingualText description,
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
      @Nullable MultilingualText description,
      List<Iri> services,
      List<Iri> projects,
      List<Iri> practiceExamples) {
    this(transformation, description, services, projects, practiceExamples, List.of());
  }

  /** Returns an engagement described in text, without references. */
  public static TransformationEngagement of(
      Transformation transformation, @Nullable MultilingualText description) {
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

  /**
   * Returns a builder of a {@code TransformationEngagement} with its {@code transformation}; every
   * other component starts empty.
   */
  public static Builder builder(Transformation transformation) {
    return new Builder(transformation);
  }

  /** Returns a builder that starts from this {@code TransformationEngagement}. */
  public Builder toBuilder() {
    Builder builder = new Builder(transformation);
    builder.description = description;
    builder.services = services;
    builder.projects = projects;
    builder.practiceExamples = practiceExamples;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code TransformationEngagement} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Transformation transformation;
    private @Nullable MultilingualText description;
    private List<Iri> services = List.of();
    private List<Iri> projects = List.of();
    private List<Iri> practiceExamples = List.of();
    private List<Citation> citations = List.of();

    private Builder(Transformation transformation) {
      this.transformation = transformation;
    }

    /** What the cluster does there, or {@code null}. */
    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    /** Identifiers of the profile's services that serve it. */
    public Builder services(List<Iri> services) {
      this.services = services;
      return this;
    }

    /** The same, given one by one. */
    public Builder services(Iri... services) {
      this.services = Arrays.asList(services);
      return this;
    }

    /** Identifiers of the profile's projects that serve it. */
    public Builder projects(List<Iri> projects) {
      this.projects = projects;
      return this;
    }

    /** The same, given one by one. */
    public Builder projects(Iri... projects) {
      this.projects = Arrays.asList(projects);
      return this;
    }

    /** Identifiers of the profile's practice examples that show it. */
    public Builder practiceExamples(List<Iri> practiceExamples) {
      this.practiceExamples = practiceExamples;
      return this;
    }

    /** The same, given one by one. */
    public Builder practiceExamples(Iri... practiceExamples) {
      this.practiceExamples = Arrays.asList(practiceExamples);
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
     * Returns the {@code TransformationEngagement}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public TransformationEngagement build() {
      return new TransformationEngagement(
          transformation, description, services, projects, practiceExamples, citations);
    }
  }
}

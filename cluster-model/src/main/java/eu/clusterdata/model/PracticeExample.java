package eu.clusterdata.model;

import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    @Valid @Nullable MultilingualText description,
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
      @Nullable MultilingualText description,
      List<Iri> actors,
      List<Iri> services,
      Set<Transformation> transformations,
      Extensions extensions) {
    this(id, title, description, actors, services, transformations, extensions, List.of());
  }

  /**
   * Returns a builder of a {@code PracticeExample} with its {@code id}, {@code title}; every other
   * component starts empty or at its default.
   */
  public static Builder builder(Iri id, MultilingualText title) {
    return new Builder(id, title);
  }

  /** Returns a builder that starts from this {@code PracticeExample}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, title);
    builder.description = description;
    builder.actors = actors;
    builder.services = services;
    builder.transformations = transformations;
    builder.extensions = extensions;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code PracticeExample} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText title;
    private @Nullable MultilingualText description;
    private List<Iri> actors = List.of();
    private List<Iri> services = List.of();
    private Set<Transformation> transformations = Set.of();
    private Extensions extensions = Extensions.NONE;
    private List<Citation> citations = List.of();

    private Builder(Iri id, MultilingualText title) {
      this.id = id;
      this.title = title;
    }

    /** The story, or {@code null}. */
    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    /** Identifiers of the actors involved. */
    public Builder actors(List<Iri> actors) {
      this.actors = actors;
      return this;
    }

    /** The same, given one by one. */
    public Builder actors(Iri... actors) {
      this.actors = Arrays.asList(actors);
      return this;
    }

    /** Identifiers of the services involved. */
    public Builder services(List<Iri> services) {
      this.services = services;
      return this;
    }

    /** The same, given one by one. */
    public Builder services(Iri... services) {
      this.services = Arrays.asList(services);
      return this;
    }

    /** The transformations it illustrates. */
    public Builder transformations(Set<Transformation> transformations) {
      this.transformations = transformations;
      return this;
    }

    /** The same, given one by one. */
    public Builder transformations(Transformation... transformations) {
      this.transformations = new HashSet<>(Arrays.asList(transformations));
      return this;
    }

    /** A platform's own properties, carried through round trips. */
    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
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
     * Returns the {@code PracticeExample}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public PracticeExample build() {
      return new PracticeExample(
          id, title, description, actors, services, transformations, extensions, citations);
    }
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.ServiceFormat;
import eu.clusterdata.model.codes.TargetGroup;
import eu.clusterdata.model.codes.Transformation;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A service the cluster organisation offers, in one of the five {@link ServiceArea service areas},
 * with its format, target groups and the transformations it serves. Immutable and thread-safe;
 * build one with {@link #builder(Iri, MultilingualText, ServiceArea)}.
 *
 * @param id the stable identifier chosen by the data owner
 * @param name the name, such as "KI.Landkarte"
 * @param area the service area
 * @param format the format, an open code list, or {@code null}
 * @param targetGroups who it is for, an open code list, sorted
 * @param transformations the transformations it serves
 * @param description what it does, or {@code null}
 * @param url its web page, or {@code null}
 * @param extensions a platform's own properties, carried through round trips
 * @param citations where the statement comes from, or empty
 */
public record Service(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @NotNull ServiceArea area,
    @Valid @Nullable ServiceFormat format,
    List<@Valid TargetGroup> targetGroups,
    Set<Transformation> transformations,
    @Valid @Nullable MultilingualText description,
    @Valid @Nullable Iri url,
    @NotNull @Valid Extensions extensions,
    List<@Valid Citation> citations) {

  public Service {
    Checks.required(id, "id");
    Checks.required(name, "name");
    Checks.required(area, "area");
    targetGroups = Checks.sortedSet(targetGroups, "targetGroups");
    transformations = Checks.enumSet(transformations, Transformation.class, "transformations");
    Checks.required(extensions, "extensions");
    citations = Checks.list(citations, "citations");
  }

  /** Returns a builder for the service with this identifier, name and area. */
  public static Builder builder(Iri id, MultilingualText name, ServiceArea area) {
    return new Builder(id, name, area);
  }

  /** Returns a builder that starts from this {@code Service}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name, area);
    builder.format = format;
    builder.targetGroups.addAll(targetGroups);
    builder.transformations.addAll(transformations);
    builder.description = description;
    builder.url = url;
    builder.extensions = extensions;
    builder.citations.addAll(citations);
    return builder;
  }

  /** Builds a {@link Service}; not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText name;
    private final ServiceArea area;
    private @Nullable ServiceFormat format;
    private final List<TargetGroup> targetGroups = new ArrayList<>();
    private final Set<Transformation> transformations = EnumSet.noneOf(Transformation.class);
    private @Nullable MultilingualText description;
    private @Nullable Iri url;
    private Extensions extensions = Extensions.NONE;
    private final List<Citation> citations = new ArrayList<>();

    private Builder(Iri id, MultilingualText name, ServiceArea area) {
      this.id = id;
      this.name = name;
      this.area = area;
    }

    public Builder format(@Nullable ServiceFormat format) {
      this.format = format;
      return this;
    }

    public Builder targetGroups(TargetGroup... groups) {
      targetGroups.addAll(List.of(groups));
      return this;
    }

    public Builder transformations(Transformation... served) {
      transformations.addAll(List.of(served));
      return this;
    }

    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    public Builder url(@Nullable Iri url) {
      this.url = url;
      return this;
    }

    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
      return this;
    }

    /** Sets where the statement comes from, replacing any citations set before. */
    public Builder citations(Citation... citations) {
      this.citations.clear();
      this.citations.addAll(List.of(citations));
      return this;
    }

    public Service build() {
      return new Service(
          id,
          name,
          area,
          format,
          targetGroups,
          transformations,
          description,
          url,
          extensions,
          citations);
    }
  }
}

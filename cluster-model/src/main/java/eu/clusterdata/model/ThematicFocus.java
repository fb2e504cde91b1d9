package eu.clusterdata.model;

import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.NaceCode;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a cluster organisation works on: its sectors (NACE codes), the EU industrial ecosystems and
 * NRW innovation fields it serves, and its technologies. Immutable and thread-safe.
 *
 * @param sectors NACE codes, kept sorted and without duplicates
 * @param ecosystems EU industrial ecosystems
 * @param innovationFields NRW innovation fields
 * @param technologies technologies, an open code list, kept sorted and without duplicates
 * @param classifications values of other schemes: regional priorities, ESCA sectors, taxonomies
 */
public record ThematicFocus(
    List<@Valid NaceCode> sectors,
    Set<IndustrialEcosystem> ecosystems,
    Set<InnovationField> innovationFields,
    List<@Valid Technology> technologies,
    List<@Valid Classification> classifications) {

  /** A focus with nothing in it. */
  @EmptyValue
  public static final ThematicFocus NONE =
      new ThematicFocus(List.of(), Set.of(), Set.of(), List.of(), List.of());

  public ThematicFocus {
    sectors = Checks.sortedSet(sectors, "sectors");
    ecosystems = Checks.enumSet(ecosystems, IndustrialEcosystem.class, "ecosystems");
    innovationFields = Checks.enumSet(innovationFields, InnovationField.class, "innovationFields");
    technologies = Checks.sortedSet(technologies, "technologies");
    classifications = Checks.list(classifications, "classifications");
  }

  /** Returns the focus with these sectors, ecosystems, fields and technologies and nothing else. */
  public ThematicFocus(
      List<NaceCode> sectors,
      Set<IndustrialEcosystem> ecosystems,
      Set<InnovationField> innovationFields,
      List<Technology> technologies) {
    this(sectors, ecosystems, innovationFields, technologies, List.of());
  }

  /** Returns a copy with these sectors. */
  public ThematicFocus withSectors(NaceCode... sectors) {
    return new ThematicFocus(
        List.of(sectors), ecosystems, innovationFields, technologies, classifications);
  }

  /** Returns a copy with these ecosystems. */
  public ThematicFocus withEcosystems(IndustrialEcosystem... ecosystems) {
    return new ThematicFocus(
        sectors,
        Set.copyOf(Arrays.asList(ecosystems)),
        innovationFields,
        technologies,
        classifications);
  }

  /** Returns a copy with these innovation fields. */
  public ThematicFocus withInnovationFields(InnovationField... innovationFields) {
    return new ThematicFocus(
        sectors,
        ecosystems,
        Set.copyOf(Arrays.asList(innovationFields)),
        technologies,
        classifications);
  }

  /** Returns a copy with these technologies. */
  public ThematicFocus withTechnologies(Technology... technologies) {
    return new ThematicFocus(
        sectors, ecosystems, innovationFields, List.of(technologies), classifications);
  }

  /** Returns a copy with these classifications. */
  public ThematicFocus withClassifications(Classification... classifications) {
    return new ThematicFocus(
        sectors, ecosystems, innovationFields, technologies, List.of(classifications));
  }

  /** Returns a builder of a {@code ThematicFocus}; every other component starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this {@code ThematicFocus}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.sectors = sectors;
    builder.ecosystems = ecosystems;
    builder.innovationFields = innovationFields;
    builder.technologies = technologies;
    builder.classifications = classifications;
    return builder;
  }

  /** Builds {@code ThematicFocus} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private List<NaceCode> sectors = List.of();
    private Set<IndustrialEcosystem> ecosystems = Set.of();
    private Set<InnovationField> innovationFields = Set.of();
    private List<Technology> technologies = List.of();
    private List<Classification> classifications = List.of();

    private Builder() {}

    /** NACE codes, kept sorted and without duplicates. */
    public Builder sectors(List<NaceCode> sectors) {
      this.sectors = sectors;
      return this;
    }

    /** The same, given one by one. */
    public Builder sectors(NaceCode... sectors) {
      this.sectors = Arrays.asList(sectors);
      return this;
    }

    /** EU industrial ecosystems. */
    public Builder ecosystems(Set<IndustrialEcosystem> ecosystems) {
      this.ecosystems = ecosystems;
      return this;
    }

    /** The same, given one by one. */
    public Builder ecosystems(IndustrialEcosystem... ecosystems) {
      this.ecosystems = new HashSet<>(Arrays.asList(ecosystems));
      return this;
    }

    /** NRW innovation fields. */
    public Builder innovationFields(Set<InnovationField> innovationFields) {
      this.innovationFields = innovationFields;
      return this;
    }

    /** The same, given one by one. */
    public Builder innovationFields(InnovationField... innovationFields) {
      this.innovationFields = new HashSet<>(Arrays.asList(innovationFields));
      return this;
    }

    /** Technologies, an open code list, kept sorted and without duplicates. */
    public Builder technologies(List<Technology> technologies) {
      this.technologies = technologies;
      return this;
    }

    /** The same, given one by one. */
    public Builder technologies(Technology... technologies) {
      this.technologies = Arrays.asList(technologies);
      return this;
    }

    /** Values of other schemes: regional priorities, ESCA sectors, taxonomies. */
    public Builder classifications(List<Classification> classifications) {
      this.classifications = classifications;
      return this;
    }

    /** The same, given one by one. */
    public Builder classifications(Classification... classifications) {
      this.classifications = Arrays.asList(classifications);
      return this;
    }

    /**
     * Returns the {@code ThematicFocus}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public ThematicFocus build() {
      return new ThematicFocus(
          sectors, ecosystems, innovationFields, technologies, classifications);
    }
  }
}

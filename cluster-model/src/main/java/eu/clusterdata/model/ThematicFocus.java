package eu.clusterdata.model;

import eu.clusterdata.model.codes.IndustrialEcosystem;
import eu.clusterdata.model.codes.InnovationField;
import eu.clusterdata.model.codes.Technology;
import eu.clusterdata.model.constraints.EmptyValue;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.NaceCode;
import jakarta.validation.Valid;
import java.util.Arrays;
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
}

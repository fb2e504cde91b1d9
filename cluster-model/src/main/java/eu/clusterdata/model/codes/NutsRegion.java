package eu.clusterdata.model.codes;

import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.util.Objects;

/**
 * A region of one version of the NUTS classification, with its official name. Immutable and
 * thread-safe.
 *
 * @param code the region's code
 * @param level 0 for a country, 1 to 3 for its regions
 * @param name the name as Eurostat gives it, in the national language (in Latin script: Eurostat's
 *     transliteration where the national name is Greek or Cyrillic), such as {@code Wuppertal,
 *     Kreisfreie Stadt}
 * @param version the classification the region belongs to
 */
public record NutsRegion(NutsCode code, int level, String name, NutsVersion version) {

  public NutsRegion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /**
   * Returns whether the region is one of Eurostat's Extra-Regio codes ({@code DEZ}, {@code DEZZ}).
   */
  public boolean isExtraRegio() {
    return code.code().length() > 2 && code.code().charAt(2) == 'Z';
  }

  /** Returns {@code DEA1A Wuppertal, Kreisfreie Stadt}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}

package eu.clusterdata.model.value;

/**
 * The version of the NUTS classification a {@link NutsCode} is read against. Regions are recoded,
 * split and merged between versions; {@link eu.clusterdata.model.codes.NutsClassification} holds
 * each version's regions and the correspondence between them.
 */
public enum NutsVersion {
  /** NUTS 2021, in force from 1 January 2021 to 31 December 2023. */
  NUTS_2021("2021"),
  /** NUTS 2024, in force from 1 January 2024: the default. */
  NUTS_2024("2024");

  /** The version profiles are read against unless said otherwise: NUTS 2024. */
  public static final NutsVersion DEFAULT = NUTS_2024;

  private final String label;

  NutsVersion(String label) {
    this.label = label;
  }

  /** Returns the version as written in the classification's name: {@code 2021} or {@code 2024}. */
  public String label() {
    return label;
  }

  /** Returns the version for its label ({@code 2021} or {@code 2024}). */
  public static NutsVersion ofLabel(String label) {
    for (NutsVersion version : values()) {
      if (version.label.equals(label)) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "unknown NUTS version '" + label + "', expected 2021 or 2024");
  }
}

package eu.clusterdata.model.value;

/** The revision of the NACE classification a {@link NaceCode} belongs to. */
public enum NaceRevision {
  /** NACE Rev. 2 (2008). */
  REV_2("2"),
  /** NACE Rev. 2.1 (2025). */
  REV_2_1("2.1");

  private final String label;

  NaceRevision(String label) {
    this.label = label;
  }

  /** Returns the revision as written in the classification's name: {@code 2} or {@code 2.1}. */
  public String label() {
    return label;
  }

  /** Returns the revision for its label ({@code 2} or {@code 2.1}). */
  public static NaceRevision ofLabel(String label) {
    for (NaceRevision revision : values()) {
      if (revision.label.equals(label)) {
        return revision;
      }
    }
    throw new IllegalArgumentException("unknown NACE revision '" + label + "', expected 2 or 2.1");
  }
}

package eu.clusterdata.json;

/**
 * The document follows a version of the format this reader does not know, such as a newer one.
 * Nothing of it is read, since its fields may mean something else.
 */
public class UnsupportedFormatVersionException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  private final String version;

  public UnsupportedFormatVersionException(String version, String path, int line, int column) {
    super(
        "json.version",
        "the document follows format version \""
            + version
            + "\", but this reader knows "
            + String.join(", ", ClusterJson.SUPPORTED_VERSIONS.stream().sorted().toList())
            + "; read it with a cluster-json release that supports it (at "
            + path
            + ", line "
            + line
            + ", column "
            + column
            + ")",
        null);
    this.version = version;
  }

  /** Returns the version the document names. */
  public String version() {
    return version;
  }
}

package eu.clusterdata.json;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.model.problem.Problem;
import java.util.List;

/**
 * The document follows a version of the format this reader does not know, such as a newer one.
 * Nothing of it is read, since its fields may mean something else.
 */
public class UnsupportedFormatVersionException extends ClusterJsonException {

  private static final long serialVersionUID = 1L;

  private final String version;

  public UnsupportedFormatVersionException(String version, String path, long line, long column) {
    super(
        "json.version",
        List.of(
            new Problem(
                "json.version",
                path,
                line,
                column,
                Message.of(
                    "json.version",
                    version,
                    String.join(", ", ClusterJson.SUPPORTED_VERSIONS.stream().sorted().toList())))),
        null);
    this.version = version;
  }

  /** Returns the version the document names. */
  public String version() {
    return version;
  }
}

package eu.clusterdata.examples.data;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileWriter;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code examples/data} from {@link NrwClusters}, the one source of truth: the profiles as a
 * JSON array, as JSON Lines and as Turtle; and the fictitious {@link Showcase} as a JSON array and
 * as Turtle. {@code DataSetTest} fails when the checked-in files differ, and {@code mvn -B -q
 * -Pregenerate package} rewrites them.
 */
public final class GenerateDataSet {

  /** The files, by name. */
  public static Map<String, byte[]> files() {
    List<ClusterProfile> profiles = NrwClusters.profiles();
    Map<String, byte[]> files = new LinkedHashMap<>();
    ClusterJson pretty = ClusterJson.builder().prettyPrint(true).build();
    files.put("nrw-clusters.json", write(profiles, pretty, ProfileFormat.JSON));
    files.put(
        "nrw-clusters.jsonl", write(profiles, ClusterJson.create(), ProfileFormat.JSON_LINES));
    ByteArrayOutputStream turtle = new ByteArrayOutputStream();
    ClusterRdf.create().write(profiles, turtle, ProfileFormat.TURTLE);
    files.put("nrw-clusters.ttl", turtle.toByteArray());
    List<ClusterProfile> showcase = Showcase.profiles();
    files.put("showcase.json", write(showcase, pretty, ProfileFormat.JSON));
    ByteArrayOutputStream showcaseTurtle = new ByteArrayOutputStream();
    ClusterRdf.create().write(showcase, showcaseTurtle, ProfileFormat.TURTLE);
    files.put("showcase.ttl", showcaseTurtle.toByteArray());
    return files;
  }

  private static byte[] write(
      List<ClusterProfile> profiles, ClusterJson json, ProfileFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProfileWriter writer = json.writer(out, format)) {
      profiles.forEach(writer::write);
    }
    return out.toByteArray();
  }

  private GenerateDataSet() {}
}

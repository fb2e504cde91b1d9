package eu.clusterdata.examples;

import eu.clusterdata.json.ClusterJson;
import eu.clusterdata.model.ClusterProfile;
import java.io.PrintStream;

/** Writes a profile as JSON and reads it back: the two are equal, nothing is lost. */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  static boolean run(PrintStream out) {
    ClusterJson json = ClusterJson.builder().prettyPrint(true).build();
    ClusterProfile clib =
        DataSet.read().stream()
            .filter(p -> "CLIB".equals(p.organisation().acronym()))
            .findFirst()
            .orElseThrow();
    String text = json.writeProfile(clib);
    ClusterProfile back = json.readProfile(text);
    out.println(text.lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse(""));
    out.println("...");
    out.println("read back equal: " + back.equals(clib));
    return back.equals(clib);
  }

  public static void main(String[] args) {
    run(System.out);
  }
}

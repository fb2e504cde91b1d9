package eu.clusterdata.examples;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.rdf.ClusterRdf;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Writes one profile as Turtle and as JSON-LD, on public vocabularies (W3C ORG, SKOS, DCT). */
public final class LinkedData {

  private LinkedData() {}

  static String[] run(PrintStream out) {
    ClusterProfile kiNrw =
        DataSet.read().stream()
            .filter(p -> "KI.NRW".equals(p.organisation().acronym()))
            .findFirst()
            .orElseThrow();
    ClusterRdf rdf = ClusterRdf.create();
    ByteArrayOutputStream turtle = new ByteArrayOutputStream();
    rdf.write(kiNrw, turtle, ProfileFormat.TURTLE);
    ByteArrayOutputStream jsonLd = new ByteArrayOutputStream();
    rdf.write(kiNrw, jsonLd, ProfileFormat.JSON_LD);
    String[] texts = {
      turtle.toString(StandardCharsets.UTF_8), jsonLd.toString(StandardCharsets.UTF_8)
    };
    out.println(texts[0]);
    out.println(texts[1]);
    return texts;
  }

  public static void main(String[] args) {
    run(System.out);
  }
}

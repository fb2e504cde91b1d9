package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.rdf.ClusterVocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 34: {@code clusterdata describe} writes a DCAT-AP description of a data set, whose coverage
 * is the profiles', and describes nothing that {@code convert} would not publish.
 */
class DescribeCommandTest {

  private static final String DCAT = "http://www.w3.org/ns/dcat#";
  private static final String DCT = "http://purl.org/dc/terms/";

  @TempDir Path dir;

  private static List<String> args(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "describe",
                "--dataset",
                "https://data.example.org/dataset/clusters",
                "--title",
                "Beispielcluster",
                "--description",
                "Erzeugte Clusterprofile (fiktiv)",
                "--publisher",
                "https://data.example.org/",
                "--publisher-name",
                "Beispiel",
                "--licence",
                "https://creativecommons.org/licenses/by/4.0/"));
    args.addAll(List.of(more));
    return args;
  }

  /** {@code describe} of one file as one distribution at {@code url}. */
  private static Cli describe(String url, Path input) {
    return Cli.run(args("--distribution", url, input.toString()).toArray(String[]::new));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  @Test
  void theDescriptionCoversTheProfilesAndListsEachFile() throws Exception {
    List<ClusterProfile> profiles = SampleFiles.profiles(6);
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path output = dir.resolve("dcat.ttl");
    Cli cli =
        Cli.run(
            args(
                    "--lang",
                    "de",
                    "--distribution",
                    "https://data.example.org/clusters.ttl",
                    "--distribution",
                    "xlsx=https://data.example.org/download?file=3",
                    "--output",
                    output.toString(),
                    input.toString())
                .toArray(String[]::new));
    assertEquals(0, cli.status(), cli.toString());
    assertTrue(cli.err().contains("den Datenbestand beschrieben: " + output), cli.err());

    Graph graph = RDFDataMgr.loadGraph(output.toString());
    Node dataset = uri("https://data.example.org/dataset/clusters");
    assertTrue(
        graph.contains(
            dataset, uri(DCT + "title"), NodeFactory.createLiteralLang("Beispielcluster", "de")));
    assertEquals(2, graph.find(dataset, uri(DCAT + "distribution"), Node.ANY).toList().size());
    assertTrue(
        graph.contains(
            Node.ANY,
            uri(DCAT + "mediaType"),
            uri(
                "https://www.iana.org/assignments/media-types/"
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    Set<String> regions = new TreeSet<>();
    profiles.forEach(
        p -> {
          if (p.organisation().location().region() != null) {
            regions.add(ClusterVocabulary.term(p.organisation().location().region()).getURI());
          }
        });
    Set<String> spatial = new TreeSet<>();
    graph
        .find(dataset, uri(DCT + "spatial"), Node.ANY)
        .forEach(t -> spatial.add(t.getObject().getURI()));
    assertTrue(spatial.containsAll(regions), spatial + " " + regions);
  }

  @Test
  void aBadRecordMeansNoDescription() throws Exception {
    List<ClusterProfile> profiles = new ArrayList<>(SampleFiles.profiles(2));
    profiles.add(SampleFiles.invalid());
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", profiles);
    Path output = dir.resolve("dcat.ttl");
    Cli cli =
        Cli.run(
            args(
                    "--distribution",
                    "https://data.example.org/clusters.ttl",
                    "--output",
                    output.toString(),
                    input.toString())
                .toArray(String[]::new));
    assertEquals(1, cli.status(), cli.toString());
    assertTrue(cli.err().contains("memberships[0].actor"), cli.err());
    assertTrue(cli.err().contains("1 of 3 records cannot be published"), cli.err());
    assertFalse(Files.exists(output));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(input), files.toList(), "no temporary file left");
    }
  }

  @Test
  void aDistributionOfUnknownFormatIsRefusedBeforeAnythingIsRead() throws Exception {
    Path input = SampleFiles.jsonLines(dir, "in.jsonl", SampleFiles.profiles(1));
    Cli cli = describe("https://data.example.org/download", input);
    assertEquals(2, cli.status(), cli.toString());
    assertTrue(
        cli.err().contains("cannot tell the distribution's format from its name"), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void aBrokenInputIsNotDescribedAsConvertWritesNothingOfIt() throws Exception {
    Path input = Files.writeString(dir.resolve("broken.ttl"), "<https://a.example/> <b> .\n");
    Cli cli = describe("https://data.example.org/c.ttl", input);
    assertEquals(2, cli.status(), cli.toString());
    assertEquals(
        Cli.run("convert", input.toString(), dir.resolve("out.jsonl").toString()).status(),
        cli.status());
    assertTrue(cli.err().contains("broken.ttl"), cli.err());
    assertEquals("", cli.out());
  }

  @Test
  void anEmptyInputIsNotDescribed() throws Exception {
    Path input = Files.writeString(dir.resolve("empty.jsonl"), "");
    Cli cli = describe("https://data.example.org/c.ttl", input);
    assertEquals(1, cli.status(), cli.toString());
    assertEquals("", cli.out());
  }
}

package eu.clusterdata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.store.ClusterSummary;
import eu.clusterdata.store.PartnerCandidate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example program on the bundled data and checks what it printed and returned. */
class ExamplesTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validateTheDataSetWithTheEccpRules() {
    long failing = ValidateDataSet.run(out);
    assertEquals(28, failing, printed());
    assertTrue(printed().contains("eccp.members at memberships: "), printed());
  }

  @Test
  void jsonRoundTrip() {
    assertTrue(JsonRoundTrip.run(out));
    assertTrue(printed().contains("\"acronym\" : \"CLIB\""), printed());
  }

  @Test
  void turtleAndJsonLd() {
    String[] texts = LinkedData.run(out);
    assertTrue(
        texts[0].matches("(?s).*skos:prefLabel\\s+\"Kompetenzplattform KI.NRW\"@de.*"), texts[0]);
    assertTrue(texts[1].contains("\"@context\""), texts[1]);
  }

  @Test
  void whichClustersInDeaSupportStartUpsInDecarbonisation() throws Exception {
    List<ClusterSummary> found = StoreQueries.run(dir.resolve("store"), out);
    assertEquals(
        List.of(
            "BIO.NRW",
            "Circular Valley Stiftung",
            "CLIB – Cluster industrielle Biotechnologie",
            "Foodhub NRW"),
        found.stream().map(ClusterSummary::displayName).toList());
    assertTrue(printed().startsWith("stored 28 profiles in TDB2 store at "), printed());
  }

  @Test
  void partnerCandidatesForClib() throws Exception {
    List<PartnerCandidate> candidates = PartnerSearch.run(out);
    assertEquals(5, candidates.size());
    assertTrue(candidates.get(0).score() >= candidates.get(4).score());
    assertTrue(printed().contains("shared transformation decarbonisation"), printed());
  }

  @Test
  void theImpulseCatalogue() {
    List<Impulse> decarbonisation = ImpulseCatalogueTour.run(out);
    assertEquals(
        List.of("I14", "I15", "I16"), decarbonisation.stream().map(Impulse::code).toList());
    assertEquals(26, printed().lines().count());
  }

  @Test
  void theShowcaseTour() {
    List<eu.clusterdata.model.ClusterProfile> showcase =
        ShowcaseTour.run(out, java.time.LocalDate.of(2026, 12, 1));
    assertEquals(2, showcase.size());
    String printed = printed();
    assertTrue(printed.contains("members: 16 listed, 16 by the stated counts"), printed);
    assertTrue(printed.contains("label gold awarded 2025-01-20, valid today"), printed);
    assertTrue(printed.contains("label bronze awarded 2021-03-15, not valid today"), printed);
    assertTrue(printed.contains("requests joint-rd-project with [FR, NL]"), printed);
    assertEquals(2, printed.split("publication.fictitious", -1).length - 1, printed);
  }
}

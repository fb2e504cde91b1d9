package eu.clusterdata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.codes.Impulse;
import eu.clusterdata.model.codes.ImpulseCatalogue;
import eu.clusterdata.model.codes.ImpulseHeading;
import eu.clusterdata.model.codes.ServiceArea;
import eu.clusterdata.model.codes.Transformation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the catalogue against the closing table of "Cluster.Zukunft.NRW" as DOMAIN.md gives it,
 * kept verbatim in test resources.
 */
class ImpulseCatalogueTest {

  /** Rows of the table: the heading, then its impulses. */
  private static List<List<String>> table() throws IOException {
    String markdown;
    try (InputStream in = ImpulseCatalogueTest.class.getResourceAsStream("/impulse-table.md")) {
      markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| heading") && !line.startsWith("| ---")) {
        String[] cells = line.split("\\|");
        List<String> row = new ArrayList<>();
        row.add(cells[1].strip());
        Arrays.stream(cells[2].split(" · ")).map(String::strip).forEach(row::add);
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void holdsThe25ImpulsesOfThePaperInTableOrder() throws IOException {
    List<List<String>> table = table();
    List<ImpulseHeading> headings =
        Stream.<ImpulseHeading>concat(
                Arrays.stream(ServiceArea.values()), Arrays.stream(Transformation.values()))
            .toList();
    assertEquals(9, table.size());
    int number = 1;
    for (int h = 0; h < table.size(); h++) {
      List<String> row = table.get(h);
      assertEquals(row.get(0), headings.get(h).germanHeading());
      List<Impulse> impulses = ImpulseCatalogue.byHeading(headings.get(h));
      assertEquals(
          row.subList(1, row.size()),
          impulses.stream().map(i -> i.title().get("de").orElseThrow()).toList());
      for (Impulse impulse : impulses) {
        assertEquals(String.format("I%02d", number++), impulse.code());
        assertTrue(impulse.title().get("en").filter(t -> !t.isBlank()).isPresent(), impulse.code());
      }
    }
    assertEquals(25, ImpulseCatalogue.impulses().size());
    assertEquals(26, number);
  }

  @Test
  void findsByCode() {
    assertEquals(
        "Marktbeobachtung und strategische Vorausschau",
        ImpulseCatalogue.find("I21").orElseThrow().title().get("de").orElseThrow());
    assertEquals(
        Transformation.DEGLOBALISATION, ImpulseCatalogue.find("I21").orElseThrow().heading());
    assertTrue(ImpulseCatalogue.find("I26").isEmpty());
  }
}

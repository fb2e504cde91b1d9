package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Query and summary output that a spreadsheet opens right and a program reads as numbers. */
class TableTest {

  private static Table table() {
    Table table = new Table("cluster", "score", "note");
    table.add("https://example.org/a", 7, "=HYPERLINK(\"http://evil.example.org\")");
    table.add("https://example.org/b", -5, "Köln; Düsseldorf");
    return table;
  }

  private static String print(java.util.function.Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvCellsASpreadsheetWouldRunAreMarkedAsText() {
    String csv = print(out -> table().print("csv", out, Words.of(java.util.Locale.GERMAN)));
    assertEquals(
        "cluster,score,note\r\n"
            + "https://example.org/a,7,\"'=HYPERLINK(\"\"http://evil.example.org\"\")\"\r\n"
            + "https://example.org/b,'-5,Köln; Düsseldorf\r\n",
        csv);
  }

  @Test
  void germanExcelGetsSemicolonsAndAByteOrderMark() {
    String csv = print(out -> table().printGermanCsv(out));
    assertTrue(csv.startsWith("\uFEFFcluster;score;note\r\n"), csv);
    assertTrue(csv.contains(";\"Köln; Düsseldorf\"\r\n"), csv);
  }

  @Test
  void aTableForPeopleHasHeadingsInTheirLanguageAndCsvKeepsTheNames() {
    Table table = new Table("cluster", "region");
    table.add("https://example.org/a", "DEA");
    String german = print(out -> table.print("table", out, Words.of(java.util.Locale.GERMAN)));
    assertTrue(german.startsWith("Cluster                Region\n"), german);
    String english = print(out -> table.print("table", out, Words.of(java.util.Locale.ENGLISH)));
    assertTrue(english.startsWith("cluster                region\n"), english);
  }

  @Test
  void jsonKeepsNumbersAsNumbers() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(print(out -> table().print("json", out, Words.of(java.util.Locale.GERMAN))));
    assertTrue(json.get(0).get("score").isNumber());
    assertEquals(-5, json.get(1).get("score").asInt());
    assertTrue(json.get(0).get("note").isTextual());
  }
}

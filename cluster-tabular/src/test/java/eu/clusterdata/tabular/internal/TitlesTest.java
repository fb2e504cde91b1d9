package eu.clusterdata.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every sheet and column has a title in each language, and a title names one thing. */
class TitlesTest {

  @Test
  void sheetTitlesAreDistinctAndFitAWorkbook() {
    for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      Titles titles = Titles.of(language);
      Set<String> seen = new HashSet<>();
      for (String sheet : Layout.get().sheets().keySet()) {
        String title = titles.sheet(sheet);
        assertTrue(title.length() <= Layout.MAX_SHEET_NAME, title);
        assertTrue(!title.matches(".*[:\\\\/?*\\[\\]].*"), title);
        assertTrue(seen.add(Titles.normal(title)), "two sheets titled " + title);
        assertEquals(sheet, Titles.sheetNamed(title));
        assertEquals(sheet, Titles.sheetNamed(sheet));
      }
    }
  }

  @Test
  void columnTitlesAreDistinctWithinASheetInEachLanguage() {
    for (SheetData data : new ProfileSheets().sheets()) {
      Layout.Sheet sheet = Layout.get().sheets().get(data.name);
      for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
        List<String> titles = Titles.of(language).columns(sheet, data.header);
        assertEquals(
            titles.size(),
            titles.stream().map(Titles::normal).distinct().count(),
            data.name + " in " + language + ": " + titles);
      }
    }
  }

  @Test
  void aTitleNamesItsColumnAndATextTakesAnyLanguage() {
    Layout.Sheet clusters = Layout.get().root();
    Map<String, String> names =
        Titles.columnNames(clusters, List.of("organisation.id"), List.of("organisation.name"));
    assertEquals("organisation.id", names.get("identifier"));
    assertEquals("organisation.id", names.get("kennung"));
    assertEquals("organisation.name@de", names.get("name (deutsch)"));
    assertEquals("organisation.name@de", names.get("name (german)"));
    assertEquals(
        "organisation.name@fr",
        Titles.textColumn(clusters, " Name (fr) ", List.of("organisation.name")));
    assertEquals(
        "Name (German)", Titles.of(Locale.ENGLISH).column(clusters, "organisation.name@de"));
    assertEquals(
        "Titel (Quelle)",
        Titles.of(Locale.GERMAN).column(Layout.get().sheets().get("citations"), "source.title"));
  }
}

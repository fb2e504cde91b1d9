package eu.clusterdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The browser checks can fail: a page too wide, or one whose script fails, is caught. */
@Tag("external") // needs Chromium: runs in the profile external-programs
class ChromiumTest {

  @TempDir Path dir;

  private Path page(String body) throws Exception {
    return Files.writeString(
        dir.resolve("page.html"),
        "<!DOCTYPE html>\n<html><head><title>t</title></head><body>" + body + "</body></html>");
  }

  @Test
  void aPageWiderThanTheWindowIsCaught() throws Exception {
    Chromium.Page shown = Chromium.open(page("<div style=\"width: 2000px\">x</div>"), "", dir);
    assertTrue(shown.scrollWidth() >= 2000, shown.toString());
    assertThrows(AssertionFailedError.class, shown::looksRight);
  }

  @Test
  void aScriptErrorIsCaught() throws Exception {
    Chromium.Page shown =
        Chromium.open(
            page("<script>console.error('broken'); undefinedFunction();</script>"), "", dir);
    assertTrue(shown.errors().contains("broken"), shown.errors());
    assertTrue(shown.errors().contains("undefinedFunction"), shown.errors());
    assertThrows(AssertionFailedError.class, shown::looksRight);
  }

  @Test
  void aPlainPageLooksRight() throws Exception {
    Chromium.Page shown = Chromium.open(page("<p>fine</p>"), "", dir);
    shown.looksRight();
    assertEquals("[]", shown.errors());
  }
}

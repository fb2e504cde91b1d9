package eu.clusterdata.tabular;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/tabular-format.md lists every sheet of the layout with its columns, as written. */
class LayoutDocTest {

  @Test
  void everySheetAndColumnIsDocumented() throws IOException {
    StringBuilder table = new StringBuilder("| sheet | columns |\n| --- | --- |\n");
    for (Map.Entry<String, List<String>> sheet : ClusterTables.layout().entrySet()) {
      table
          .append("| `")
          .append(sheet.getKey())
          .append("` | ")
          .append(
              sheet.getValue().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    String doc = Files.readString(Path.of("..", "docs", "tabular-format.md"));
    if (!doc.contains(table)) {
      Path fresh = Path.of("target", "tabular-sheets.md");
      Files.writeString(fresh, table, StandardCharsets.UTF_8);
      assertTrue(
          false,
          "the layout changed; put the table in "
              + fresh.toAbsolutePath()
              + " into docs/tabular-format.md");
    }
  }
}

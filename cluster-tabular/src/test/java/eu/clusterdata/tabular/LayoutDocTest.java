package eu.clusterdata.tabular;

import eu.clusterdata.model.testing.GeneratedFiles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** docs/tabular-format.md lists every sheet of the layout with its columns, as written. */
class LayoutDocTest {

  @Test
  @Tag("generated")
  void everySheetAndColumnIsDocumented() {
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
    GeneratedFiles.checkSection(
        "docs/tabular-format.md",
        "<!-- sheets: generated from the layout -->",
        "<!-- end of sheets -->",
        table.toString());
  }
}

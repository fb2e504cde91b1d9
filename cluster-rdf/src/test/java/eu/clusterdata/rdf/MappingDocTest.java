package eu.clusterdata.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.rdf.internal.Mappings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** docs/rdf-mapping.md lists every element of the mapping with its term; it cannot drift. */
class MappingDocTest {

  @Test
  void everyMappedElementIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "rdf-mapping.md"));
    List<String> missing = new ArrayList<>();
    for (Mappings.Type type : Mappings.all()) {
      String name = type.type().getSimpleName();
      for (Mappings.Property property : type.properties()) {
        if (property.predicate() != null
            && !doc.contains(
                "| "
                    + name
                    + "."
                    + property.component()
                    + " | "
                    + curie(property.predicate())
                    + " |")) {
          missing.add(name + "." + property.component() + " " + curie(property.predicate()));
        }
      }
      for (Node rdfClass : type.classes()) {
        if (!doc.contains(curie(rdfClass))) {
          missing.add(name + " " + curie(rdfClass));
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  private static String curie(Node node) {
    for (Map.Entry<String, String> prefix : ClusterVocabulary.PREFIXES.entrySet()) {
      if (node.getURI().startsWith(prefix.getValue())) {
        return prefix.getKey() + ":" + node.getURI().substring(prefix.getValue().length());
      }
    }
    return "<" + node.getURI() + ">";
  }
}

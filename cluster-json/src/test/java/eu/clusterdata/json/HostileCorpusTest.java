package eu.clusterdata.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.clusterdata.model.ClusterProfile;
import eu.clusterdata.model.testing.Corpus;
import eu.clusterdata.model.testing.ProfileGenerator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile and broken JSON in {@code src/test/resources/hostile}: every file ends as
 * its manifest says, and a wrong type in any position of a document is reported at that position.
 */
class HostileCorpusTest {

  private static final ClusterJson JSON = ClusterJson.create();

  record Case(String file, String outcome, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static final Corpus CORPUS = Corpus.of(HostileCorpusTest.class, "/hostile/manifest.tsv");

  static Stream<Case> corpus() {
    return CORPUS.rows().stream()
        .map(cells -> new Case(cells[0], cells[1], cells.length > 2 ? cells[2] : ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void everyInputEndsAsDocumented(Case hostile) {
    byte[] bytes = CORPUS.bytes(hostile.file());
    if (hostile.outcome().equals("ok")) {
      JSON.readProfile(new ByteArrayInputStream(bytes));
      return;
    }
    Corpus.assertThrowsNamed(
        ClusterJsonException.class,
        hostile.outcome(),
        hostile.fragment(),
        () -> JSON.readProfile(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyFileOfTheCorpusIsInTheManifest() {
    CORPUS.assertManifestListsEveryFile();
  }

  /**
   * Replaces every value of a rich generated document, one at a time, with a value of the wrong
   * type, and expects a shape error at exactly that path. Platform extensions (keys that are IRIs)
   * take any JSON and are left alone.
   */
  @Test
  void aWrongTypeInAnyPositionIsReportedAtThatPosition() throws Exception {
    long seed = 90210;
    ClusterProfile profile = ProfileGenerator.builder().seed(seed).members(2, 3).build().next();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode document = mapper.readTree(JSON.writeProfile(profile));
    List<String> paths = new ArrayList<>();
    walk(document, "$", paths::add);
    assertTrue(paths.size() > 100, "a rich document: " + paths.size() + " values");
    for (String path : paths) {
      JsonNode broken = document.deepCopy();
      JsonNode original = replace(broken, path);
      String text = mapper.writeValueAsString(broken);
      ClusterJsonException e =
          assertThrows(
              ClusterJsonException.class,
              () -> JSON.readProfile(text),
              "seed " + seed + ": " + path + " had " + original + "; a wrong type was accepted");
      assertTrue(
          e.getMessage().contains("at " + path + " ")
              || e.getMessage().contains("at " + path + ","),
          "seed " + seed + ": " + path + ": " + e.getMessage());
    }
  }

  private static void walk(JsonNode node, String path, Consumer<String> paths) {
    if (!path.equals("$")) {
      paths.accept(path);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().contains(":")) {
          walk(field.getValue(), path + "." + field.getKey(), paths);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", paths);
      }
    }
  }

  /** Puts a value of the wrong type at {@code path}; returns what was there. */
  private static JsonNode replace(JsonNode root, String path) {
    String parentPath = path.substring(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')));
    String last = path.substring(parentPath.length());
    JsonNode parent = root;
    for (String step : parentPath.substring(1).split("(?=[.\\[])")) {
      if (step.isEmpty()) {
        continue;
      }
      parent =
          step.startsWith("[")
              ? parent.get(Integer.parseInt(step.substring(1, step.length() - 1)))
              : parent.get(step.substring(1));
    }
    JsonNode original =
        last.startsWith("[")
            ? parent.get(Integer.parseInt(last.substring(1, last.length() - 1)))
            : parent.get(last.substring(1));
    JsonNode wrong = wrongFor(original);
    if (last.startsWith("[")) {
      ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), wrong);
    } else {
      ((ObjectNode) parent).set(last.substring(1), wrong);
    }
    return original;
  }

  private static JsonNode wrongFor(JsonNode original) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (original.isTextual() || original.isObject()) {
      return nodes.arrayNode().add(1);
    } else if (original.isArray()) {
      return nodes.objectNode().put("x", 1);
    }
    return nodes.arrayNode().add("x"); // numbers and booleans
  }
}

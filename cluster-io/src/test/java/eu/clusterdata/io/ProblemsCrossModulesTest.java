package eu.clusterdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.format.ProfileRecord;
import eu.clusterdata.model.problem.ClusterDataException;
import eu.clusterdata.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors of the JSON and RDF modules reach a reader of any format as one exception type, with their
 * problems as data: a code, a path, a line and a column.
 */
class ProblemsCrossModulesTest {

  private static List<ProfileRecord> read(String text, ProfileFormat format) throws Exception {
    List<ProfileRecord> records = new ArrayList<>();
    try (ProfileSource source =
        ProfileSource.builder()
            .input(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null)
            .format(format)
            .build()) {
      source.forEachRemaining(records::add);
    }
    return records;
  }

  private static Problem onlyProblem(String text, ProfileFormat format) throws Exception {
    List<ProfileRecord> records = read(text, format);
    assertEquals(1, records.size(), records.toString());
    ClusterDataException error = records.get(0).error();
    assertNotNull(error, "expected a bad record");
    assertEquals(1, error.problems().size(), error.problems().toString());
    return error.problems().get(0);
  }

  @Test
  void aJsonSyntaxErrorHasItsLineAndColumn() throws Exception {
    Problem problem =
        onlyProblem("{\n  \"formatVersion\": \"1.0\",\n  oops\n}", ProfileFormat.JSON);
    assertEquals("json.syntax", problem.code());
    assertEquals(3, problem.line());
    assertTrue(problem.column() > 0, problem.toString());
  }

  @Test
  void everyJsonShapeErrorHasItsPath() throws Exception {
    List<ProfileRecord> records =
        read("[{\"formatVersion\": \"1.0\", \"organisation\": 3}]", ProfileFormat.JSON);
    List<Problem> problems = records.get(0).error().problems();
    assertEquals(
        List.of("json.shape $[0].organisation 1:43", "json.shape $[0] 1:2"),
        problems.stream()
            .map(p -> p.code() + " " + p.path() + " " + p.line() + ":" + p.column())
            .toList());
  }

  @Test
  void anRdfMappingErrorNamesSubjectAndPropertyOfEveryProblem() throws Exception {
    String turtle =
        "@prefix cd: <https://clusterdata.eu/ns#> .\n"
            + "<https://example.org/p> a cd:ClusterProfile .\n";
    List<ProfileRecord> records = read(turtle, ProfileFormat.TURTLE);
    assertEquals(1, records.size(), records.toString());
    List<Problem> problems = records.get(0).error().problems();
    assertEquals(
        List.of(
            "rdf.mapping the cd:ClusterProfile <https://example.org/p> dct:created",
            "rdf.mapping the cd:ClusterProfile <https://example.org/p> dct:modified",
            "rdf.mapping the cd:ClusterProfile <https://example.org/p> foaf:primaryTopic"),
        problems.stream().map(p -> p.code() + " " + p.path()).toList());
  }

  @Test
  void anRdfSyntaxErrorHasItsLine() throws Exception {
    Problem problem = onlyProblem("@prefix x: <http://x/> .\n\nx:a x:b", ProfileFormat.TURTLE);
    assertEquals("rdf.syntax", problem.code());
    assertTrue(problem.line() >= 3, problem.toString());
  }
}

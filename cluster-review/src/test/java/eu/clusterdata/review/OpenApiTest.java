package eu.clusterdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.clusterdata.model.format.ProfileFormat;
import eu.clusterdata.model.validation.RuleSet;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI description that ships with the server says what the server does. */
class OpenApiTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> description() throws Exception {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/static/openapi.yaml")) {
      return new Yaml().load(in);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void itDescribesEveryOperationAndNoOther() throws Exception {
    Set<String> served = new TreeSet<>();
    Arrays.stream(ApiController.class.getDeclaredMethods())
        .map(m -> m.getAnnotation(PostMapping.class))
        .filter(java.util.Objects::nonNull)
        .forEach(
            post -> {
              String[] paths = post.path().length > 0 ? post.path() : post.value();
              served.add("/api" + paths[0]);
            });
    Map<String, Object> paths = (Map<String, Object>) description().get("paths");
    assertEquals(served, new TreeSet<>(paths.keySet()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void itsCodeListsAreTheLibrarysOwn() throws Exception {
    Map<String, Object> schemas =
        (Map<String, Object>)
            ((Map<String, Object>) description().get("components")).get("schemas");
    List<String> formats = (List<String>) ((Map<String, Object>) schemas.get("Format")).get("enum");
    assertEquals(
        Arrays.stream(ProfileFormat.values()).map(ProfileFormat::shortName).toList(), formats);
    Map<String, Object> rules = (Map<String, Object>) schemas.get("Rules");
    List<String> sets = (List<String>) ((Map<String, Object>) rules.get("items")).get("enum");
    assertEquals(
        Arrays.stream(RuleSet.values())
            .map(RuleSet::code)
            .filter(code -> !code.equals("core"))
            .toList(),
        sets);
  }

  @Test
  void itIsServedBesideTheApi() throws Exception {
    try (ReviewServer server = ReviewServer.start()) {
      assertEquals(200, server.get("/openapi.yaml").statusCode());
    }
  }
}

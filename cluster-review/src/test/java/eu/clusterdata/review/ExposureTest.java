package eu.clusterdata.review;

import static eu.clusterdata.review.ApiTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Safe to expose: loopback by default, a token required elsewhere, and the policy headers. */
class ExposureTest {

  private static final String TOKEN = "0123456789abcdef0123456789abcdef";

  @Test
  void aStartOnEveryAddressWithoutATokenIsRefused() {
    Exception refused =
        assertThrows(Exception.class, () -> ReviewServer.start("--server.address=0.0.0.0"));
    assertTrue(rootMessage(refused).contains("clusterdata.review.token"), rootMessage(refused));

    Exception shortToken =
        assertThrows(
            Exception.class,
            () ->
                ReviewServer.start(
                    "--server.address=0.0.0.0", "--clusterdata.review.token=secret"));
    assertTrue(rootMessage(shortToken).contains("at least 16"), rootMessage(shortToken));
  }

  @Test
  void withATokenEveryRequestShowsIt() throws Exception {
    try (ReviewServer server =
        ReviewServer.start("--server.address=127.0.0.1", "--clusterdata.review.token=" + TOKEN)) {
      byte[] nrw = Files.readAllBytes(ApiTest.EXAMPLES.resolve("nrw-clusters.jsonl"));
      Multipart form = Multipart.form().file("file", "nrw-clusters.jsonl", nrw);

      problem(server.post("/api/validate", form), 401);
      problem(server.post("/api/validate", form, "Authorization", "Bearer wrong"), 401);
      assertEquals(401, server.get("/").statusCode());
      assertEquals(
          200, server.post("/api/validate", form, "Authorization", "Bearer " + TOKEN).statusCode());

      // The page opened with the token sets a cookie that the page's own requests then carry.
      HttpResponse<String> page = server.get("/?token=" + TOKEN);
      assertEquals(200, page.statusCode());
      String cookie = page.headers().firstValue("Set-Cookie").orElse("");
      assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
      String pair = cookie.substring(0, cookie.indexOf(';'));
      assertEquals(200, server.post("/api/validate", form, "Cookie", pair).statusCode());
    }
  }

  @Test
  void everyAnswerCarriesThePolicy() throws Exception {
    try (ReviewServer server = ReviewServer.start()) {
      HttpResponse<String> page = server.get("/");
      assertEquals(AccessFilter.POLICY, page.headers().firstValue("Content-Security-Policy").get());
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").get());
      // Nothing the page names is fetched from elsewhere.
      assertTrue(
          !page.body().contains("http://") && !page.body().contains("https://"), page.body());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}

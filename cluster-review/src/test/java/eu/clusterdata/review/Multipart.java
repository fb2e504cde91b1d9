package eu.clusterdata.review;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body, as a browser sends a form with files. */
final class Multipart {

  private static final String BOUNDARY = "----clusterdata-test-boundary-7f3a";

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  static Multipart form() {
    return new Multipart();
  }

  Multipart file(String field, String fileName, byte[] content) {
    head(
        "Content-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream");
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Multipart field(String name, String value) {
    head("Content-Disposition: form-data; name=\"" + name + "\"");
    body.writeBytes((value + "\r\n").getBytes(StandardCharsets.UTF_8));
    return this;
  }

  private void head(String headers) {
    body.writeBytes(
        ("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }
}

package eu.clusterdata.rdf.internal;

import eu.clusterdata.model.problem.Message;
import eu.clusterdata.rdf.RdfSyntaxException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses RDF/XML whose document type declares an external entity. The XML parser never reads them
 * anyway (it leaves the reference empty), but a reference that silently reads as nothing changes
 * the data, so such documents are rejected with a clear error instead.
 */
public final class XmlProlog {

  private static final int PROLOG_BYTES = 64 * 1024;
  private static final Pattern EXTERNAL_ENTITY =
      Pattern.compile("<!ENTITY\\s+%?\\s*[^\\s>]+\\s+(SYSTEM|PUBLIC)\\b");

  private XmlProlog() {}

  /** Returns a stream of the same bytes, after checking the document's prolog. */
  public static InputStream refuseExternalEntities(InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, PROLOG_BYTES);
    try {
      buffered.mark(PROLOG_BYTES);
      byte[] prolog = buffered.readNBytes(PROLOG_BYTES);
      buffered.reset();
      String text = new String(prolog, StandardCharsets.UTF_8);
      int doctype = text.indexOf("<!DOCTYPE");
      if (doctype >= 0 && EXTERNAL_ENTITY.matcher(text.substring(doctype)).find()) {
        long line = text.substring(0, doctype).lines().count() + 1;
        throw new RdfSyntaxException(Message.of("rdf.syntax.external-entity"), line, -1, null);
      }
      return buffered;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

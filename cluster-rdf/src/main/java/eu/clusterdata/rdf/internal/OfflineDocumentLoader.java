package eu.clusterdata.rdf.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

/**
 * The JSON-LD document loader of every read: it never reaches the network. The project's own
 * context is served from the jar; so is a context for documents that name schema.org's ({@code
 * "@context": "https://schema.org"}, as websites publish organisations): the library's own, not a
 * copy of schema.org's, which reads every term as schema.org's ({@code @vocab}, under {@code
 * http://schema.org/} as schema.org's does) and {@code url} and {@code sameAs} as IRIs. Any other
 * remote context is refused with a clear error.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

  /** Where documents may name the project's context; it is read from the jar, not fetched. */
  public static final String CONTEXT_URL = eu.clusterdata.model.format.ProfileFormat.CONTEXT;

  static final String CONTEXT_RESOURCE = "/eu/clusterdata/rdf/context.jsonld";

  static final String SCHEMA_ORG_RESOURCE = "/eu/clusterdata/rdf/schema-org-context.jsonld";

  /** The names documents give schema.org's context by. */
  private static final Set<String> SCHEMA_ORG =
      Set.of(
          "https://schema.org",
          "https://schema.org/",
          "http://schema.org",
          "http://schema.org/",
          "https://schema.org/docs/jsonldcontext.jsonld",
          "https://schema.org/docs/jsonldcontext.json",
          "http://schema.org/docs/jsonldcontext.jsonld",
          "http://schema.org/docs/jsonldcontext.json");

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    if (url.toString().equals(CONTEXT_URL)) {
      return resource(CONTEXT_RESOURCE);
    }
    if (SCHEMA_ORG.contains(url.toString())) {
      return resource(SCHEMA_ORG_RESOURCE);
    }
    throw new JsonLdError(
        JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
        "the document names the remote JSON-LD context <"
            + url
            + ">, which is not fetched: this library never reaches the network; put the context"
            + " into the document");
  }

  private static Document resource(String name) throws JsonLdError {
    try (InputStream in = OfflineDocumentLoader.class.getResourceAsStream(name)) {
      return JsonDocument.of(in);
    } catch (IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
    }
  }
}

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

/**
 * The JSON-LD document loader of every read: it never reaches the network. The project's own
 * context is served from the jar; any other remote context is refused with a clear error.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

  /** Where documents may name the project's context; it is read from the jar, not fetched. */
  public static final String CONTEXT_URL = eu.clusterdata.model.format.ProfileFormat.CONTEXT;

  static final String CONTEXT_RESOURCE = "/eu/clusterdata/rdf/context.jsonld";

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    if (url.toString().equals(CONTEXT_URL)) {
      try (InputStream in = OfflineDocumentLoader.class.getResourceAsStream(CONTEXT_RESOURCE)) {
        return JsonDocument.of(in);
      } catch (IOException e) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
      }
    }
    throw new JsonLdError(
        JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
        "the document names the remote JSON-LD context <"
            + url
            + ">, which is not fetched: this library never reaches the network; put the context"
            + " into the document");
  }
}

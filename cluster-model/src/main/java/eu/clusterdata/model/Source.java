package eu.clusterdata.model;

import eu.clusterdata.model.codes.SourceType;
import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A source a profile's data comes from: a document, a web page or another system. Immutable and
 * thread-safe.
 *
 * @param type what kind of source it is
 * @param title its title or name
 * @param url where it is, or {@code null}
 * @param retrieved the day it was read, or {@code null}
 */
public record Source(
    @NotNull SourceType type, @NotNull @NoBlank String title, @Valid Iri url, LocalDate retrieved) {

  public Source {
    Checks.required(type, "type");
    Checks.required(title, "title");
  }

  /** Returns a published document at {@code url}. */
  public static Source document(String title, Iri url) {
    return new Source(SourceType.DOCUMENT, title, url, null);
  }

  /** Returns another information system. */
  public static Source system(String name) {
    return new Source(SourceType.SYSTEM, name, null, null);
  }
}

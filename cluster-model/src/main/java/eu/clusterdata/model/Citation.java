package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Where one statement of a profile comes from: the source, the place in it and, where there is one,
 * the source's own words. A service, an engagement, an impulse uptake, a label and the other
 * statements that a platform may take from several systems each carry their citations, so that
 * after a merge every fact still says where it came from. Immutable and thread-safe.
 *
 * <pre>{@code
 * Source paper = Source.document("Cluster.Zukunft.NRW", null);
 * Citation citation =
 *     Citation.of(paper, "Services: Start-up-Unterstützung", MultilingualText.de("Zweimal jährlich ..."));
 * }</pre>
 *
 * @param source the document, web page or system the statement comes from
 * @param locator where in the source: a page, a section or a record number, or {@code null}
 * @param quote the source's words that make the statement, verbatim and short, in the source's
 *     language; {@code null} when the statement is not a quotation (a number read from a table)
 */
public record Citation(
    @NotNull @Valid Source source, @NoBlank String locator, @Valid MultilingualText quote) {

  public Citation {
    Checks.required(source, "source");
  }

  /** Returns the citation of {@code quote} found at {@code locator} in {@code source}. */
  public static Citation of(Source source, String locator, MultilingualText quote) {
    return new Citation(source, locator, quote);
  }

  /** Returns a citation of {@code source} as a whole, without place or quote. */
  public static Citation of(Source source) {
    return new Citation(source, null, null);
  }
}

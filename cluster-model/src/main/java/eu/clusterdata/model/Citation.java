package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

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
    @NotNull @Valid Source source,
    @NoBlank @Nullable String locator,
    @Valid @Nullable MultilingualText quote) {

  public Citation {
    Checks.required(source, "source");
  }

  /** Returns the citation of {@code quote} found at {@code locator} in {@code source}. */
  public static Citation of(
      Source source, @Nullable String locator, @Nullable MultilingualText quote) {
    return new Citation(source, locator, quote);
  }

  /** Returns a citation of {@code source} as a whole, without place or quote. */
  public static Citation of(Source source) {
    return new Citation(source, null, null);
  }

  /**
   * Returns a builder of a {@code Citation} with its {@code source}; every other component starts
   * empty.
   */
  public static Builder builder(Source source) {
    return new Builder(source);
  }

  /** Returns a builder that starts from this {@code Citation}. */
  public Builder toBuilder() {
    Builder builder = new Builder(source);
    builder.locator = locator;
    builder.quote = quote;
    return builder;
  }

  /** Builds {@code Citation} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Source source;
    private @Nullable String locator;
    private @Nullable MultilingualText quote;

    private Builder(Source source) {
      this.source = source;
    }

    /** Where in the source: a page, a section or a record number, or {@code null}. */
    public Builder locator(@Nullable String locator) {
      this.locator = locator;
      return this;
    }

    /**
     * The source's words that make the statement, verbatim and short, in the source's language;
     * {@code null} when the statement is not a quotation (a number read from a table).
     */
    public Builder quote(@Nullable MultilingualText quote) {
      this.quote = quote;
      return this;
    }

    /**
     * Returns the {@code Citation}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Citation build() {
      return new Citation(source, locator, quote);
    }
  }
}

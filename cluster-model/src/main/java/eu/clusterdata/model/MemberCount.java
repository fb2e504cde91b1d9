package eu.clusterdata.model;

import eu.clusterdata.model.codes.MemberType;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many members of one type a cluster has, as an ECCP profile states it: most clusters publish
 * their composition, not their members' names. The ECCP rules count these when the profile lists no
 * memberships. Immutable and thread-safe.
 *
 * @param type the kind of member
 * @param count how many, zero or more
 * @param asOf the day the count refers to, or {@code null} when unknown
 * @param source where the count is published, or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record MemberCount(
    @NotNull @Valid MemberType type,
    @NotNull @PositiveOrZero Integer count,
    @Nullable LocalDate asOf,
    @Valid @Nullable Iri source,
    List<@Valid Citation> citations) {

  public MemberCount {
    Checks.required(type, "type");
    Checks.required(count, "count");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the member count without citations. */
  public MemberCount(
      MemberType type, Integer count, @Nullable LocalDate asOf, @Nullable Iri source) {
    this(type, count, asOf, source, List.of());
  }

  /**
   * Returns the counts of {@code counts} that describe a cluster on {@code day}: those of the
   * latest day not after it, or the undated ones when none is dated on or before it. The ECCP rules
   * and the command line's summary count these.
   */
  public static List<MemberCount> current(List<MemberCount> counts, LocalDate day) {
    if (counts.isEmpty()) {
      return List.of(); // most profiles list members instead; no streams for nothing
    }
    LocalDate latest =
        counts.stream()
            .map(MemberCount::asOf)
            .filter(d -> d != null && !d.isAfter(day))
            .max(LocalDate::compareTo)
            .orElse(null);
    return counts.stream().filter(c -> Objects.equals(c.asOf(), latest)).toList();
  }

  /** Returns the count of {@code count} members of {@code type} on {@code asOf}. */
  public static MemberCount of(MemberType type, int count, @Nullable LocalDate asOf) {
    return new MemberCount(type, count, asOf, null);
  }

  /**
   * Returns a builder of a {@code MemberCount} with its {@code type}, {@code count}; every other
   * component starts empty.
   */
  public static Builder builder(MemberType type, Integer count) {
    return new Builder(type, count);
  }

  /** Returns a builder that starts from this {@code MemberCount}. */
  public Builder toBuilder() {
    Builder builder = new Builder(type, count);
    builder.asOf = asOf;
    builder.source = source;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code MemberCount} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final MemberType type;
    private final Integer count;
    private @Nullable LocalDate asOf;
    private @Nullable Iri source;
    private List<Citation> citations = List.of();

    private Builder(MemberType type, Integer count) {
      this.type = type;
      this.count = count;
    }

    /** The day the count refers to, or {@code null} when unknown. */
    public Builder asOf(@Nullable LocalDate asOf) {
      this.asOf = asOf;
      return this;
    }

    /** Where the count is published, or {@code null}. */
    public Builder source(@Nullable Iri source) {
      this.source = source;
      return this;
    }

    /** Where the statement comes from, or empty. */
    public Builder citations(List<Citation> citations) {
      this.citations = citations;
      return this;
    }

    /** The same, given one by one. */
    public Builder citations(Citation... citations) {
      this.citations = Arrays.asList(citations);
      return this;
    }

    /**
     * Returns the {@code MemberCount}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public MemberCount build() {
      return new MemberCount(type, count, asOf, source, citations);
    }
  }
}

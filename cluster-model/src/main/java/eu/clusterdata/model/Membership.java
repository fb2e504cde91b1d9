package eu.clusterdata.model;

import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An actor's membership in the cluster organisation, with its role and period. The actor is
 * referenced by identifier and must be one of the profile's actors. Immutable and thread-safe.
 *
 * @param actor the member's identifier
 * @param role the member's role
 * @param period when the membership holds; open-ended while it lasts
 * @param id the membership's own identifier, where its source names it (as a W3C ORG {@code
 *     org:Membership} published under an IRI), or {@code null}
 * @param citations where the statement comes from, or empty
 */
public record Membership(
    @NotNull @Valid Iri actor,
    @NotNull MembershipRole role,
    @NotNull @Valid DateRange period,
    @Valid @Nullable Iri id,
    List<@Valid Citation> citations) {

  public Membership {
    Checks.required(actor, "actor");
    Checks.required(role, "role");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the membership without an identifier of its own. */
  public Membership(Iri actor, MembershipRole role, DateRange period, List<Citation> citations) {
    this(actor, role, period, null, citations);
  }

  /** Returns the membership without an identifier of its own and without citations. */
  public Membership(Iri actor, MembershipRole role, DateRange period) {
    this(actor, role, period, null, List.of());
  }

  /** Returns an ordinary, open-ended membership. */
  public static Membership of(Iri actor) {
    return new Membership(actor, MembershipRole.MEMBER, DateRange.ALWAYS);
  }

  /** Returns whether this is a committed membership that holds on {@code day}. */
  public boolean isCommittedOn(LocalDate day) {
    return role.isCommittedMember() && period.contains(day);
  }

  /**
   * Returns a builder of a {@code Membership} with its {@code actor}; every other component starts
   * empty or at its default.
   */
  public static Builder builder(Iri actor) {
    return new Builder(actor);
  }

  /** Returns a builder that starts from this {@code Membership}. */
  public Builder toBuilder() {
    Builder builder = new Builder(actor);
    builder.role = role;
    builder.period = period;
    builder.id = id;
    builder.citations = citations;
    return builder;
  }

  /** Builds {@code Membership} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Iri actor;
    private MembershipRole role = MembershipRole.MEMBER;
    private DateRange period = DateRange.ALWAYS;
    private @Nullable Iri id;
    private List<Citation> citations = List.of();

    private Builder(Iri actor) {
      this.actor = actor;
    }

    /** The member's role. */
    public Builder role(MembershipRole role) {
      this.role = role;
      return this;
    }

    /** When the membership holds; open-ended while it lasts. */
    public Builder period(DateRange period) {
      this.period = period;
      return this;
    }

    /** The membership's own identifier, where its source names it, or {@code null}. */
    public Builder id(@Nullable Iri id) {
      this.id = id;
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
     * Returns the {@code Membership}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Membership build() {
      return new Membership(actor, role, period, id, citations);
    }
  }
}

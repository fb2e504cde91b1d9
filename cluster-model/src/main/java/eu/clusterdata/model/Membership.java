package eu.clusterdata.model;

import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.DateRange;
import eu.clusterdata.model.value.Iri;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * An actor's membership in the cluster organisation, with its role and period. The actor is
 * referenced by identifier and must be one of the profile's actors. Immutable and thread-safe.
 *
 * @param actor the member's identifier
 * @param role the member's role
 * @param period when the membership holds; open-ended while it lasts
 * @param citations where the statement comes from, or empty
 */
public record Membership(
    @NotNull @Valid Iri actor,
    @NotNull MembershipRole role,
    @NotNull @Valid DateRange period,
    List<@Valid Citation> citations) {

  public Membership {
    Checks.required(actor, "actor");
    Checks.required(role, "role");
    Checks.required(period, "period");
    citations = Checks.list(citations, "citations");
  }

  /** Returns the membership without citations. */
  public Membership(Iri actor, MembershipRole role, DateRange period) {
    this(actor, role, period, List.of());
  }

  /** Returns an ordinary, open-ended membership. */
  public static Membership of(Iri actor) {
    return new Membership(actor, MembershipRole.MEMBER, DateRange.ALWAYS);
  }

  /** Returns whether this is a committed membership that holds on {@code day}. */
  public boolean isCommittedOn(LocalDate day) {
    return role.isCommittedMember() && period.contains(day);
  }
}

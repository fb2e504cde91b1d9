package eu.clusterdata.model;

import eu.clusterdata.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An actor's membership in the cluster organisation, with its role and period. The actor is
 * referenced by identifier and must be one of the profile's actors. Immutable and thread-safe.
 *
 * @param actor the member's identifier
 * @param role the member's role
 * @param period when the membership holds; open-ended while it lasts
 */
public record Membership(
    @NotNull @Valid Iri actor, @NotNull MembershipRole role, @NotNull @Valid DateRange period) {

  public Membership {
    Checks.required(actor, "actor");
    Checks.required(role, "role");
    Checks.required(period, "period");
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

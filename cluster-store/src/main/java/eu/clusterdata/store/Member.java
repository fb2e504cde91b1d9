package eu.clusterdata.store;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.MembershipRole;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A member of a cluster, as {@link ProfileStore#members(Iri)} answers it.
 *
 * @param actor the member's identifier
 * @param name the member's name in every language the profile gives
 * @param type the kind of actor, or {@code null} if the profile does not say
 * @param role the member's role in the cluster
 */
public record Member(
    Iri actor, MultilingualText name, @Nullable ActorType type, MembershipRole role) {

  public Member {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}

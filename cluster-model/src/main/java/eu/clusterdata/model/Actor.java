package eu.clusterdata.model;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An organisation the cluster works with: a member, a project partner or an actor of a practice
 * example. Only companies have a size class. Immutable and thread-safe.
 *
 * @param id the stable identifier chosen by the data owner
 * @param name the name
 * @param type what kind of organisation it is
 * @param companySize the size class, for companies only, or {@code null}
 * @param website the website, or {@code null}
 * @param location where it is
 * @param sectors its NACE sectors, sorted
 * @param extensions a platform's own properties, carried through round trips
 */
public record Actor(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @NotNull ActorType type,
    CompanySize companySize,
    @Valid Iri website,
    @NotNull @Valid Location location,
    List<@Valid NaceCode> sectors,
    @NotNull @Valid Extensions extensions) {

  public Actor {
    Checks.required(id, "id");
    Checks.required(name, "name");
    Checks.required(type, "type");
    Checks.required(location, "location");
    sectors = Checks.sortedSet(sectors, "sectors");
    Checks.required(extensions, "extensions");
  }

  /** Returns an actor of which only identity and type are known. */
  public static Actor of(Iri id, MultilingualText name, ActorType type) {
    return new Actor(id, name, type, null, null, Location.UNKNOWN, List.of(), Extensions.NONE);
  }

  /** Returns a company of the given size class. */
  public static Actor company(Iri id, MultilingualText name, CompanySize size) {
    return new Actor(
        id, name, ActorType.COMPANY, size, null, Location.UNKNOWN, List.of(), Extensions.NONE);
  }

  /** Returns a copy with the website. */
  public Actor withWebsite(Iri website) {
    return new Actor(id, name, type, companySize, website, location, sectors, extensions);
  }

  /** Returns a copy with the location. */
  public Actor withLocation(Location location) {
    return new Actor(id, name, type, companySize, website, location, sectors, extensions);
  }

  /** Returns a copy with the extensions. */
  public Actor withExtensions(Extensions extensions) {
    return new Actor(id, name, type, companySize, website, location, sectors, extensions);
  }
}

package eu.clusterdata.model;

import eu.clusterdata.model.codes.ActorType;
import eu.clusterdata.model.codes.CompanySize;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import eu.clusterdata.model.value.NaceCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    @Nullable CompanySize companySize,
    @Valid @Nullable Iri website,
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
  public Actor withWebsite(@Nullable Iri website) {
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

  /**
   * Returns a builder of an {@code Actor} with its {@code id}, {@code name}, {@code type}; every
   * other component starts empty or at its default.
   */
  public static Builder builder(Iri id, MultilingualText name, ActorType type) {
    return new Builder(id, name, type);
  }

  /** Returns a builder that starts from this {@code Actor}. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name, type);
    builder.companySize = companySize;
    builder.website = website;
    builder.location = location;
    builder.sectors = sectors;
    builder.extensions = extensions;
    return builder;
  }

  /** Builds {@code Actor} values one component at a time. Not thread-safe. */
  public static final class Builder {
    private final Iri id;
    private final MultilingualText name;
    private final ActorType type;
    private @Nullable CompanySize companySize;
    private @Nullable Iri website;
    private Location location = Location.UNKNOWN;
    private List<NaceCode> sectors = List.of();
    private Extensions extensions = Extensions.NONE;

    private Builder(Iri id, MultilingualText name, ActorType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    /** The size class, for companies only, or {@code null}. */
    public Builder companySize(@Nullable CompanySize companySize) {
      this.companySize = companySize;
      return this;
    }

    /** The website, or {@code null}. */
    public Builder website(@Nullable Iri website) {
      this.website = website;
      return this;
    }

    /** Where it is. */
    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    /** Its NACE sectors, sorted. */
    public Builder sectors(List<NaceCode> sectors) {
      this.sectors = sectors;
      return this;
    }

    /** The same, given one by one. */
    public Builder sectors(NaceCode... sectors) {
      this.sectors = Arrays.asList(sectors);
      return this;
    }

    /** A platform's own properties, carried through round trips. */
    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
      return this;
    }

    /**
     * Returns the {@code Actor}.
     *
     * @throws NullPointerException if a required component is missing
     * @throws eu.clusterdata.model.problem.InvalidValueException if a value can never be valid
     */
    public Actor build() {
      return new Actor(id, name, type, companySize, website, location, sectors, extensions);
    }
  }
}

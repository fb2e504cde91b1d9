package eu.clusterdata.model;

import eu.clusterdata.model.constraints.NoBlank;
import eu.clusterdata.model.constraints.ValidLanguageTag;
import eu.clusterdata.model.internal.Checks;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.MultilingualText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster organisation: the body that manages a cluster, with its identity, location, thematic
 * focus, management, labels, partnerships, programme recognitions and contact points. Immutable and
 * thread-safe; build one with {@link #builder(Iri, MultilingualText)}.
 *
 * @param id the stable identifier chosen by the data owner
 * @param name the name, in one or more languages
 * @param acronym the short name, or {@code null}
 * @param description what the cluster is about, or {@code null}
 * @param website the main website, or {@code null}
 * @param websiteLanguages the languages the website is offered in (BCP 47), sorted
 * @param location where the organisation is
 * @param focus what it works on
 * @param management its management body
 * @param labels EUCLES labels, oldest first
 * @param partnerships networks and partnerships it belongs to
 * @param recognitions recognitions by cluster programmes
 * @param contacts contact points
 * @param listings its entries on other platforms, such as its ECCP profile page, sorted
 * @param extensions a platform's own properties, carried through round trips
 * @param citations where the statement comes from, or empty
 */
public record ClusterOrganisation(
    @NotNull @Valid Iri id,
    @NotNull @Valid MultilingualText name,
    @NoBlank @Nullable String acronym,
    @Valid @Nullable MultilingualText description,
    @Valid @Nullable Iri website,
    List<@ValidLanguageTag String> websiteLanguages,
    @NotNull @Valid Location location,
    @NotNull @Valid ThematicFocus focus,
    @NotNull @Valid Management management,
    List<@Valid Label> labels,
    List<@Valid Partnership> partnerships,
    List<@Valid ProgrammeRecognition> recognitions,
    List<@Valid ContactPoint> contacts,
    List<@Valid Iri> listings,
    @NotNull @Valid Extensions extensions,
    List<@Valid Citation> citations) {

  public ClusterOrganisation {
    Checks.required(id, "id");
    Checks.required(name, "name");
    websiteLanguages = Checks.languageTags(websiteLanguages, "websiteLanguages");
    Checks.required(location, "location");
    Checks.required(focus, "focus");
    Checks.required(management, "management");
    labels = Checks.list(labels, "labels");
    partnerships = Checks.list(partnerships, "partnerships");
    recognitions = Checks.list(recognitions, "recognitions");
    contacts = Checks.list(contacts, "contacts");
    listings = Checks.sortedSet(listings, "listings");
    Checks.required(extensions, "extensions");
    citations = Checks.list(citations, "citations");
  }

  /** Returns a builder for the organisation with this identifier and name. */
  public static Builder builder(Iri id, MultilingualText name) {
    return new Builder(id, name);
  }

  /** Returns a builder that starts from this organisation. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.acronym = acronym;
    b.description = description;
    b.website = website;
    b.websiteLanguages.addAll(websiteLanguages);
    b.location = location;
    b.focus = focus;
    b.management = management;
    b.labels.addAll(labels);
    b.partnerships.addAll(partnerships);
    b.recognitions.addAll(recognitions);
    b.contacts.addAll(contacts);
    b.listings.addAll(listings);
    b.extensions = extensions;
    b.citations.addAll(citations);
    return b;
  }

  /** Builds a {@link ClusterOrganisation}; not thread-safe. */
  public static final class Builder {
    private Iri id;
    private MultilingualText name;
    private @Nullable String acronym;
    private @Nullable MultilingualText description;
    private @Nullable Iri website;
    private final List<String> websiteLanguages = new ArrayList<>();
    private Location location = Location.UNKNOWN;
    private ThematicFocus focus = ThematicFocus.NONE;
    private Management management = Management.UNKNOWN;
    private final List<Label> labels = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<ProgrammeRecognition> recognitions = new ArrayList<>();
    private final List<ContactPoint> contacts = new ArrayList<>();
    private final List<Iri> listings = new ArrayList<>();
    private Extensions extensions = Extensions.NONE;
    private final List<Citation> citations = new ArrayList<>();

    private Builder(Iri id, MultilingualText name) {
      this.id = id;
      this.name = name;
    }

    public Builder id(Iri id) {
      this.id = id;
      return this;
    }

    public Builder name(MultilingualText name) {
      this.name = name;
      return this;
    }

    public Builder acronym(@Nullable String acronym) {
      this.acronym = acronym;
      return this;
    }

    public Builder description(@Nullable MultilingualText description) {
      this.description = description;
      return this;
    }

    /** Sets the website and the languages it is offered in. */
    public Builder website(@Nullable Iri website, String... languages) {
      this.website = website;
      this.websiteLanguages.clear();
      this.websiteLanguages.addAll(List.of(languages));
      return this;
    }

    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    public Builder focus(ThematicFocus focus) {
      this.focus = focus;
      return this;
    }

    public Builder management(Management management) {
      this.management = management;
      return this;
    }

    /** Replaces the labels given so far with {@code labels}, such as a whole label history. */
    public Builder labels(List<Label> labels) {
      this.labels.clear();
      this.labels.addAll(labels);
      return this;
    }

    public Builder addLabel(Label label) {
      labels.add(label);
      return this;
    }

    public Builder addPartnership(Partnership partnership) {
      partnerships.add(partnership);
      return this;
    }

    public Builder addRecognition(ProgrammeRecognition recognition) {
      recognitions.add(recognition);
      return this;
    }

    public Builder addContact(ContactPoint contact) {
      contacts.add(contact);
      return this;
    }

    /** Replaces the contact points with {@code contacts}. */
    public Builder contacts(List<ContactPoint> contacts) {
      this.contacts.clear();
      this.contacts.addAll(contacts);
      return this;
    }

    public Builder addListing(Iri listing) {
      listings.add(listing);
      return this;
    }

    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
      return this;
    }

    /** Sets where the statement comes from, replacing any citations set before. */
    public Builder citations(Citation... citations) {
      this.citations.clear();
      this.citations.addAll(List.of(citations));
      return this;
    }

    /**
     * Returns the organisation.
     *
     * @throws NullPointerException naming the component, if a required one is null
     */
    public ClusterOrganisation build() {
      return new ClusterOrganisation(
          id,
          name,
          acronym,
          description,
          website,
          websiteLanguages,
          location,
          focus,
          management,
          labels,
          partnerships,
          recognitions,
          contacts,
          listings,
          extensions,
          citations);
    }
  }
}

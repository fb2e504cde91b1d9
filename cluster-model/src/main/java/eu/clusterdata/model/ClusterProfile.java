package eu.clusterdata.model;

import eu.clusterdata.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit that systems exchange: one cluster organisation with its actors, memberships and member
 * composition, services, transformation engagements, impulse uptakes, projects, practice examples,
 * partnership interests and events, and the metadata that says where the profile comes from.
 *
 * <p>Members, project partners and the actors of practice examples all reference the profile's
 * {@link #actors()} by identifier; the validator checks that every reference resolves. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * ClusterProfile profile = ClusterProfile.builder(organisation, metadata)
 *     .addActor(Actor.of(uni, MultilingualText.de("Universität Bielefeld"), ActorType.UNIVERSITY))
 *     .addMembership(Membership.of(uni))
 *     .build();
 * }</pre>
 *
 * @param organisation the cluster organisation
 * @param actors the organisations the profile refers to
 * @param memberships the named members of the cluster organisation
 * @param memberCounts how many members of each type it has, where names are not published
 * @param services the services it offers
 * @param engagements what it does for each transformation
 * @param impulseUptakes the impulses it takes up
 * @param projects the projects it takes part in
 * @param practiceExamples its practice examples
 * @param interests what it offers to and seeks from partners
 * @param events the matchmaking events and dialogue formats it organises or takes part in
 * @param metadata where the profile comes from
 * @param extensions a platform's own properties, carried through round trips
 */
public record ClusterProfile(
    @NotNull @Valid ClusterOrganisation organisation,
    List<@Valid Actor> actors,
    List<@Valid Membership> memberships,
    List<@Valid MemberCount> memberCounts,
    List<@Valid Service> services,
    List<@Valid TransformationEngagement> engagements,
    List<@Valid ImpulseUptake> impulseUptakes,
    List<@Valid Project> projects,
    List<@Valid PracticeExample> practiceExamples,
    List<@Valid PartnershipInterest> interests,
    List<@Valid Event> events,
    @NotNull @Valid ProfileMetadata metadata,
    @NotNull @Valid Extensions extensions) {

  public ClusterProfile {
    Checks.required(organisation, "organisation");
    actors = Checks.list(actors, "actors");
    memberships = Checks.list(memberships, "memberships");
    memberCounts = Checks.list(memberCounts, "memberCounts");
    services = Checks.list(services, "services");
    engagements = Checks.list(engagements, "engagements");
    impulseUptakes = Checks.list(impulseUptakes, "impulseUptakes");
    projects = Checks.list(projects, "projects");
    practiceExamples = Checks.list(practiceExamples, "practiceExamples");
    interests = Checks.list(interests, "interests");
    events = Checks.list(events, "events");
    Checks.required(metadata, "metadata");
    Checks.required(extensions, "extensions");
  }

  /** Returns a builder for the profile of {@code organisation}. */
  public static Builder builder(ClusterOrganisation organisation, ProfileMetadata metadata) {
    return new Builder(organisation, metadata);
  }

  /**
   * Returns the profile as it may be published: without the contacts that are personal data of
   * natural persons ({@link ContactPoint#personalData()}). Everything else is kept.
   */
  public ClusterProfile withoutPersonalData() {
    List<ContactPoint> contacts = organisation.contacts();
    if (contacts.stream().noneMatch(ContactPoint::personalData)) {
      return this;
    }
    return withOrganisation(
        organisation.toBuilder()
            .contacts(contacts.stream().filter(c -> !c.personalData()).toList())
            .build());
  }

  /** Returns a copy with {@code organisation} in place of this profile's. */
  public ClusterProfile withOrganisation(ClusterOrganisation organisation) {
    return toBuilder().organisation(organisation).build();
  }

  /** Returns a copy with {@code actors} in place of this profile's. */
  public ClusterProfile withActors(List<Actor> actors) {
    Builder b = toBuilder();
    b.actors.clear();
    b.actors.addAll(actors);
    return b.build();
  }

  /** Returns a copy with {@code memberships} in place of this profile's. */
  public ClusterProfile withMemberships(List<Membership> memberships) {
    Builder b = toBuilder();
    b.memberships.clear();
    b.memberships.addAll(memberships);
    return b.build();
  }

  /** Returns a copy with {@code services} in place of this profile's. */
  public ClusterProfile withServices(List<Service> services) {
    Builder b = toBuilder();
    b.services.clear();
    b.services.addAll(services);
    return b.build();
  }

  /** Returns a builder that starts from this profile. */
  public Builder toBuilder() {
    Builder b = new Builder(organisation, metadata);
    b.actors.addAll(actors);
    b.memberships.addAll(memberships);
    b.memberCounts.addAll(memberCounts);
    b.services.addAll(services);
    b.engagements.addAll(engagements);
    b.impulseUptakes.addAll(impulseUptakes);
    b.projects.addAll(projects);
    b.practiceExamples.addAll(practiceExamples);
    b.interests.addAll(interests);
    b.events.addAll(events);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link ClusterProfile}; not thread-safe. */
  public static final class Builder {
    private ClusterOrganisation organisation;
    private ProfileMetadata metadata;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<MemberCount> memberCounts = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<TransformationEngagement> engagements = new ArrayList<>();
    private final List<ImpulseUptake> impulseUptakes = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<PracticeExample> practiceExamples = new ArrayList<>();
    private final List<PartnershipInterest> interests = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private Extensions extensions = Extensions.NONE;

    private Builder(ClusterOrganisation organisation, ProfileMetadata metadata) {
      this.organisation = organisation;
      this.metadata = metadata;
    }

    public Builder organisation(ClusterOrganisation organisation) {
      this.organisation = organisation;
      return this;
    }

    public Builder metadata(ProfileMetadata metadata) {
      this.metadata = metadata;
      return this;
    }

    public Builder addActor(Actor actor) {
      actors.add(actor);
      return this;
    }

    /** Adds {@code actor} and makes it an ordinary, open-ended member. */
    public Builder addMember(Actor actor) {
      actors.add(actor);
      memberships.add(Membership.of(actor.id()));
      return this;
    }

    public Builder addMembership(Membership membership) {
      memberships.add(membership);
      return this;
    }

    public Builder addMemberCount(MemberCount count) {
      memberCounts.add(count);
      return this;
    }

    public Builder addService(Service service) {
      services.add(service);
      return this;
    }

    public Builder addEngagement(TransformationEngagement engagement) {
      engagements.add(engagement);
      return this;
    }

    public Builder addImpulseUptake(ImpulseUptake uptake) {
      impulseUptakes.add(uptake);
      return this;
    }

    public Builder addProject(Project project) {
      projects.add(project);
      return this;
    }

    public Builder addPracticeExample(PracticeExample example) {
      practiceExamples.add(example);
      return this;
    }

    public Builder addInterest(PartnershipInterest interest) {
      interests.add(interest);
      return this;
    }

    public Builder addEvent(Event event) {
      events.add(event);
      return this;
    }

    public Builder extensions(Extensions extensions) {
      this.extensions = extensions;
      return this;
    }

    public ClusterProfile build() {
      return new ClusterProfile(
          organisation,
          actors,
          memberships,
          memberCounts,
          services,
          engagements,
          impulseUptakes,
          projects,
          practiceExamples,
          interests,
          events,
          metadata,
          extensions);
    }
  }
}

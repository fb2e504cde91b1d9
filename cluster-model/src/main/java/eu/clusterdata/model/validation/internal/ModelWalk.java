// Generated from the model description by WalkSource (test sources); do not edit.
// ModelWalkTest fails when it is stale; regenerate with: mvn -B -q -Pregenerate package
package eu.clusterdata.model.validation.internal;

import eu.clusterdata.model.description.Constraint;

/**
 * The walk over a profile's values that {@link ConstraintWalk} checks: a method per
 * record type with something to check at or below it, in component order.
 */
final class ModelWalk {

  private static final Constraint.AbsoluteIri K0 = (Constraint.AbsoluteIri) ConstraintWalk.ofType(eu.clusterdata.model.value.Iri.class, 0);
  private static final Constraint.TextEntries K1 = (Constraint.TextEntries) ConstraintWalk.ofType(eu.clusterdata.model.value.MultilingualText.class, 0);
  private static final Constraint.NotBlank K2 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.ClusterOrganisation.class, "acronym", 0);
  private static final Constraint.LanguageTag K3 = (Constraint.LanguageTag) ConstraintWalk.declared(eu.clusterdata.model.ClusterOrganisation.class, "websiteLanguages", 0);
  private static final Constraint.NaceShape K4 = (Constraint.NaceShape) ConstraintWalk.ofType(eu.clusterdata.model.value.NaceCode.class, 0);
  private static final Constraint.OrderedPeriod K5 = (Constraint.OrderedPeriod) ConstraintWalk.ofType(eu.clusterdata.model.value.DateRange.class, 0);
  private static final Constraint.Pattern K6 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.MemberType.class, 0);
  private static final Constraint.Range K7 = (Constraint.Range) ConstraintWalk.declared(eu.clusterdata.model.MemberCount.class, "count", 0);
  private static final Constraint.Pattern K8 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.ServiceFormat.class, 0);
  private static final Constraint.Pattern K9 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.TargetGroup.class, 0);
  private static final Constraint.NotBlank K10 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Project.class, "acronym", 0);
  private static final Constraint.NotBlank K11 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Project.class, "fundingProgramme", 0);
  private static final Constraint.Pattern K12 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.InterestKind.class, 0);
  private static final Constraint.Pattern K13 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.Technology.class, 0);
  private static final Constraint.CodeList K14 = (Constraint.CodeList) ConstraintWalk.ofType(eu.clusterdata.model.value.CountryCode.class, 0);
  private static final Constraint.Pattern K15 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.value.NutsCode.class, 0);
  private static final Constraint.NotBlank K16 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.ProfileMetadata.class, "sourceSystem", 0);
  private static final Constraint.LanguageTag K17 = (Constraint.LanguageTag) ConstraintWalk.declared(eu.clusterdata.model.ProfileMetadata.class, "languages", 0);
  private static final Constraint.Range K18 = (Constraint.Range) ConstraintWalk.declared(eu.clusterdata.model.Management.class, "teamSizeFte", 0);
  private static final Constraint.NotBlank K19 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Management.class, "legalForm", 0);
  private static final Constraint.PastOrPresent K20 = (Constraint.PastOrPresent) ConstraintWalk.declared(eu.clusterdata.model.Management.class, "foundingYear", 0);
  private static final Constraint.Range K21 = (Constraint.Range) ConstraintWalk.declared(eu.clusterdata.model.Label.class, "scorePercent", 0);
  private static final Constraint.Range K22 = (Constraint.Range) ConstraintWalk.declared(eu.clusterdata.model.Label.class, "scorePercent", 1);
  private static final Constraint.Pattern K23 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.codes.LabelScheme.class, 0);
  private static final Constraint.NotBlank K24 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Label.class, "assessor", 0);
  private static final Constraint.NotBlank K25 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.ContactPoint.class, "name", 0);
  private static final Constraint.Email K26 = (Constraint.Email) ConstraintWalk.declared(eu.clusterdata.model.ContactPoint.class, "email", 0);
  private static final Constraint.Pattern K27 = (Constraint.Pattern) ConstraintWalk.declared(eu.clusterdata.model.ContactPoint.class, "telephone", 0);
  private static final Constraint.NotBlank K28 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Citation.class, "locator", 0);
  private static final Constraint.Range K29 = (Constraint.Range) ConstraintWalk.declared(eu.clusterdata.model.value.Money.class, "amount", 0);
  private static final Constraint.Pattern K30 = (Constraint.Pattern) ConstraintWalk.ofType(eu.clusterdata.model.FundingProgramme.class, 0);
  private static final Constraint.NotBlank K31 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.ProjectFunding.class, "grantNumber", 0);
  private static final Constraint.NotBlank K32 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Address.class, "street", 0);
  private static final Constraint.NotBlank K33 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Address.class, "postalCode", 0);
  private static final Constraint.NotBlank K34 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Address.class, "locality", 0);
  private static final Constraint.NotBlank K35 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Source.class, "title", 0);
  private static final Constraint.NotBlank K36 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Classification.class, "version", 0);
  private static final Constraint.NotBlank K37 = (Constraint.NotBlank) ConstraintWalk.declared(eu.clusterdata.model.Classification.class, "code", 0);

  private ModelWalk() {}

  static void clusterProfile(ConstraintWalk w, eu.clusterdata.model.ClusterProfile r) {
    {
      eu.clusterdata.model.ClusterOrganisation v = r.organisation();
      if (v != null) {
        w.enter("organisation");
        clusterOrganisation(w, v);
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Actor> c = r.actors();
      if (c != null && !c.isEmpty()) {
        w.enter("actors");
        int i = 0;
        for (eu.clusterdata.model.Actor v : c) {
          w.at(i++);
          if (v != null) {
            actor(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Membership> c = r.memberships();
      if (c != null && !c.isEmpty()) {
        w.enter("memberships");
        int i = 0;
        for (eu.clusterdata.model.Membership v : c) {
          w.at(i++);
          if (v != null) {
            membership(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.MemberCount> c = r.memberCounts();
      if (c != null && !c.isEmpty()) {
        w.enter("memberCounts");
        int i = 0;
        for (eu.clusterdata.model.MemberCount v : c) {
          w.at(i++);
          if (v != null) {
            memberCount(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Service> c = r.services();
      if (c != null && !c.isEmpty()) {
        w.enter("services");
        int i = 0;
        for (eu.clusterdata.model.Service v : c) {
          w.at(i++);
          if (v != null) {
            service(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.TransformationEngagement> c = r.engagements();
      if (c != null && !c.isEmpty()) {
        w.enter("engagements");
        int i = 0;
        for (eu.clusterdata.model.TransformationEngagement v : c) {
          w.at(i++);
          if (v != null) {
            transformationEngagement(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.ImpulseUptake> c = r.impulseUptakes();
      if (c != null && !c.isEmpty()) {
        w.enter("impulseUptakes");
        int i = 0;
        for (eu.clusterdata.model.ImpulseUptake v : c) {
          w.at(i++);
          if (v != null) {
            impulseUptake(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Project> c = r.projects();
      if (c != null && !c.isEmpty()) {
        w.enter("projects");
        int i = 0;
        for (eu.clusterdata.model.Project v : c) {
          w.at(i++);
          if (v != null) {
            project(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.PracticeExample> c = r.practiceExamples();
      if (c != null && !c.isEmpty()) {
        w.enter("practiceExamples");
        int i = 0;
        for (eu.clusterdata.model.PracticeExample v : c) {
          w.at(i++);
          if (v != null) {
            practiceExample(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.PartnershipInterest> c = r.interests();
      if (c != null && !c.isEmpty()) {
        w.enter("interests");
        int i = 0;
        for (eu.clusterdata.model.PartnershipInterest v : c) {
          w.at(i++);
          if (v != null) {
            partnershipInterest(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Event> c = r.events();
      if (c != null && !c.isEmpty()) {
        w.enter("events");
        int i = 0;
        for (eu.clusterdata.model.Event v : c) {
          w.at(i++);
          if (v != null) {
            event(w, v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.ProfileMetadata v = r.metadata();
      if (v != null) {
        w.enter("metadata");
        profileMetadata(w, v);
        w.leave();
      }
    }
  }

  static void clusterOrganisation(ConstraintWalk w, eu.clusterdata.model.ClusterOrganisation r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      java.lang.String v = r.acronym();
      if (v != null) {
        w.notBlank(K2, "acronym", v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.website();
      if (v != null) {
        w.iri(K0, "website", v.value(), v);
      }
    }
    {
      java.util.List<java.lang.String> c = r.websiteLanguages();
      if (c != null && !c.isEmpty()) {
        w.enter("websiteLanguages");
        int i = 0;
        for (java.lang.String v : c) {
          w.at(i++);
          if (v != null) {
            w.languageTag(K3, null, v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.Location v = r.location();
      if (v != null) {
        w.enter("location");
        location(w, v);
        w.leave();
      }
    }
    {
      eu.clusterdata.model.ThematicFocus v = r.focus();
      if (v != null) {
        w.enter("focus");
        thematicFocus(w, v);
        w.leave();
      }
    }
    {
      eu.clusterdata.model.Management v = r.management();
      if (v != null) {
        w.enter("management");
        management(w, v);
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Label> c = r.labels();
      if (c != null && !c.isEmpty()) {
        w.enter("labels");
        int i = 0;
        for (eu.clusterdata.model.Label v : c) {
          w.at(i++);
          if (v != null) {
            label(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Partnership> c = r.partnerships();
      if (c != null && !c.isEmpty()) {
        w.enter("partnerships");
        int i = 0;
        for (eu.clusterdata.model.Partnership v : c) {
          w.at(i++);
          if (v != null) {
            partnership(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.ProgrammeRecognition> c = r.recognitions();
      if (c != null && !c.isEmpty()) {
        w.enter("recognitions");
        int i = 0;
        for (eu.clusterdata.model.ProgrammeRecognition v : c) {
          w.at(i++);
          if (v != null) {
            programmeRecognition(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.ContactPoint> c = r.contacts();
      if (c != null && !c.isEmpty()) {
        w.enter("contacts");
        int i = 0;
        for (eu.clusterdata.model.ContactPoint v : c) {
          w.at(i++);
          if (v != null) {
            contactPoint(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.listings();
      if (c != null && !c.isEmpty()) {
        w.enter("listings");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void actor(ConstraintWalk w, eu.clusterdata.model.Actor r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.website();
      if (v != null) {
        w.iri(K0, "website", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.Location v = r.location();
      if (v != null) {
        w.enter("location");
        location(w, v);
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.NaceCode> c = r.sectors();
      if (c != null && !c.isEmpty()) {
        w.enter("sectors");
        int i = 0;
        for (eu.clusterdata.model.value.NaceCode v : c) {
          w.at(i++);
          if (v != null) {
            w.nace(K4, null, v);
          }
        }
        w.leave();
      }
    }
  }

  static void membership(ConstraintWalk w, eu.clusterdata.model.Membership r) {
    {
      eu.clusterdata.model.value.Iri v = r.actor();
      if (v != null) {
        w.iri(K0, "actor", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void memberCount(ConstraintWalk w, eu.clusterdata.model.MemberCount r) {
    {
      eu.clusterdata.model.codes.MemberType v = r.type();
      if (v != null) {
        w.pattern(K6, "type", v.code(), v);
      }
    }
    {
      java.lang.Integer v = r.count();
      if (v != null) {
        w.range(K7, "count", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.source();
      if (v != null) {
        w.iri(K0, "source", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void service(ConstraintWalk w, eu.clusterdata.model.Service r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      eu.clusterdata.model.codes.ServiceFormat v = r.format();
      if (v != null) {
        w.pattern(K8, "format", v.code(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.codes.TargetGroup> c = r.targetGroups();
      if (c != null && !c.isEmpty()) {
        w.enter("targetGroups");
        int i = 0;
        for (eu.clusterdata.model.codes.TargetGroup v : c) {
          w.at(i++);
          if (v != null) {
            w.pattern(K9, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.url();
      if (v != null) {
        w.iri(K0, "url", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void transformationEngagement(ConstraintWalk w, eu.clusterdata.model.TransformationEngagement r) {
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.services();
      if (c != null && !c.isEmpty()) {
        w.enter("services");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.projects();
      if (c != null && !c.isEmpty()) {
        w.enter("projects");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.practiceExamples();
      if (c != null && !c.isEmpty()) {
        w.enter("practiceExamples");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void impulseUptake(ConstraintWalk w, eu.clusterdata.model.ImpulseUptake r) {
    {
      eu.clusterdata.model.value.MultilingualText v = r.evidence();
      if (v != null) {
        w.text(K1, "evidence", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.source();
      if (v != null) {
        w.iri(K0, "source", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void project(ConstraintWalk w, eu.clusterdata.model.Project r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      java.lang.String v = r.acronym();
      if (v != null) {
        w.notBlank(K10, "acronym", v);
      }
    }
    {
      java.lang.String v = r.fundingProgramme();
      if (v != null) {
        w.notBlank(K11, "fundingProgramme", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.partners();
      if (c != null && !c.isEmpty()) {
        w.enter("partners");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.Money v = r.budget();
      if (v != null) {
        w.enter("budget");
        money(w, v);
        w.leave();
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.website();
      if (v != null) {
        w.iri(K0, "website", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.ProjectFunding> c = r.funding();
      if (c != null && !c.isEmpty()) {
        w.enter("funding");
        int i = 0;
        for (eu.clusterdata.model.ProjectFunding v : c) {
          w.at(i++);
          if (v != null) {
            projectFunding(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void practiceExample(ConstraintWalk w, eu.clusterdata.model.PracticeExample r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.title();
      if (v != null) {
        w.text(K1, "title", v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.actors();
      if (c != null && !c.isEmpty()) {
        w.enter("actors");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.services();
      if (c != null && !c.isEmpty()) {
        w.enter("services");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void partnershipInterest(ConstraintWalk w, eu.clusterdata.model.PartnershipInterest r) {
    {
      eu.clusterdata.model.codes.InterestKind v = r.kind();
      if (v != null) {
        w.pattern(K12, "kind", v.code(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.codes.Technology> c = r.technologies();
      if (c != null && !c.isEmpty()) {
        w.enter("technologies");
        int i = 0;
        for (eu.clusterdata.model.codes.Technology v : c) {
          w.at(i++);
          if (v != null) {
            w.pattern(K13, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.CountryCode> c = r.countries();
      if (c != null && !c.isEmpty()) {
        w.enter("countries");
        int i = 0;
        for (eu.clusterdata.model.value.CountryCode v : c) {
          w.at(i++);
          if (v != null) {
            w.codeList(K14, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.NutsCode> c = r.regions();
      if (c != null && !c.isEmpty()) {
        w.enter("regions");
        int i = 0;
        for (eu.clusterdata.model.value.NutsCode v : c) {
          w.at(i++);
          if (v != null) {
            w.pattern(K15, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void event(ConstraintWalk w, eu.clusterdata.model.Event r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      eu.clusterdata.model.codes.ServiceFormat v = r.format();
      if (v != null) {
        w.pattern(K8, "format", v.code(), v);
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.NutsCode v = r.region();
      if (v != null) {
        w.pattern(K15, "region", v.code(), v);
      }
    }
    {
      eu.clusterdata.model.Address v = r.address();
      if (v != null) {
        w.enter("address");
        address(w, v);
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.organisers();
      if (c != null && !c.isEmpty()) {
        w.enter("organisers");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.participants();
      if (c != null && !c.isEmpty()) {
        w.enter("participants");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.NutsCode> c = r.regions();
      if (c != null && !c.isEmpty()) {
        w.enter("regions");
        int i = 0;
        for (eu.clusterdata.model.value.NutsCode v : c) {
          w.at(i++);
          if (v != null) {
            w.pattern(K15, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.value.Iri> c = r.outcomes();
      if (c != null && !c.isEmpty()) {
        w.enter("outcomes");
        int i = 0;
        for (eu.clusterdata.model.value.Iri v : c) {
          w.at(i++);
          if (v != null) {
            w.iri(K0, null, v.value(), v);
          }
        }
        w.leave();
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.description();
      if (v != null) {
        w.text(K1, "description", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.website();
      if (v != null) {
        w.iri(K0, "website", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void profileMetadata(ConstraintWalk w, eu.clusterdata.model.ProfileMetadata r) {
    {
      java.lang.String v = r.sourceSystem();
      if (v != null) {
        w.notBlank(K16, "sourceSystem", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Source> c = r.sources();
      if (c != null && !c.isEmpty()) {
        w.enter("sources");
        int i = 0;
        for (eu.clusterdata.model.Source v : c) {
          w.at(i++);
          if (v != null) {
            source(w, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<java.lang.String> c = r.languages();
      if (c != null && !c.isEmpty()) {
        w.enter("languages");
        int i = 0;
        for (java.lang.String v : c) {
          w.at(i++);
          if (v != null) {
            w.languageTag(K17, null, v);
          }
        }
        w.leave();
      }
    }
  }

  static void location(ConstraintWalk w, eu.clusterdata.model.Location r) {
    {
      eu.clusterdata.model.value.CountryCode v = r.country();
      if (v != null) {
        w.codeList(K14, "country", v.code(), v);
      }
    }
    {
      eu.clusterdata.model.value.NutsCode v = r.region();
      if (v != null) {
        w.pattern(K15, "region", v.code(), v);
      }
    }
    {
      eu.clusterdata.model.Address v = r.address();
      if (v != null) {
        w.enter("address");
        address(w, v);
        w.leave();
      }
    }
  }

  static void thematicFocus(ConstraintWalk w, eu.clusterdata.model.ThematicFocus r) {
    {
      java.util.List<eu.clusterdata.model.value.NaceCode> c = r.sectors();
      if (c != null && !c.isEmpty()) {
        w.enter("sectors");
        int i = 0;
        for (eu.clusterdata.model.value.NaceCode v : c) {
          w.at(i++);
          if (v != null) {
            w.nace(K4, null, v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.codes.Technology> c = r.technologies();
      if (c != null && !c.isEmpty()) {
        w.enter("technologies");
        int i = 0;
        for (eu.clusterdata.model.codes.Technology v : c) {
          w.at(i++);
          if (v != null) {
            w.pattern(K13, null, v.code(), v);
          }
        }
        w.leave();
      }
    }
    {
      java.util.List<eu.clusterdata.model.Classification> c = r.classifications();
      if (c != null && !c.isEmpty()) {
        w.enter("classifications");
        int i = 0;
        for (eu.clusterdata.model.Classification v : c) {
          w.at(i++);
          if (v != null) {
            classification(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void management(ConstraintWalk w, eu.clusterdata.model.Management r) {
    {
      java.math.BigDecimal v = r.teamSizeFte();
      if (v != null) {
        w.range(K18, "teamSizeFte", v);
      }
    }
    {
      java.lang.String v = r.legalForm();
      if (v != null) {
        w.notBlank(K19, "legalForm", v);
      }
    }
    {
      java.time.Year v = r.foundingYear();
      if (v != null) {
        w.notFuture(K20, "foundingYear", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Funding> c = r.funding();
      if (c != null && !c.isEmpty()) {
        w.enter("funding");
        int i = 0;
        for (eu.clusterdata.model.Funding v : c) {
          w.at(i++);
          if (v != null) {
            funding(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void label(ConstraintWalk w, eu.clusterdata.model.Label r) {
    {
      java.math.BigDecimal v = r.scorePercent();
      if (v != null) {
        w.range(K21, "scorePercent", v);
        w.range(K22, "scorePercent", v);
      }
    }
    {
      eu.clusterdata.model.codes.LabelScheme v = r.scheme();
      if (v != null) {
        w.pattern(K23, "scheme", v.code(), v);
      }
    }
    {
      java.lang.String v = r.assessor();
      if (v != null) {
        w.notBlank(K24, "assessor", v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void partnership(ConstraintWalk w, eu.clusterdata.model.Partnership r) {
    {
      eu.clusterdata.model.value.Iri v = r.id();
      if (v != null) {
        w.iri(K0, "id", v.value(), v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.website();
      if (v != null) {
        w.iri(K0, "website", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void programmeRecognition(ConstraintWalk w, eu.clusterdata.model.ProgrammeRecognition r) {
    {
      eu.clusterdata.model.value.MultilingualText v = r.programme();
      if (v != null) {
        w.text(K1, "programme", v);
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.url();
      if (v != null) {
        w.iri(K0, "url", v.value(), v);
      }
    }
    {
      java.util.List<eu.clusterdata.model.Citation> c = r.citations();
      if (c != null && !c.isEmpty()) {
        w.enter("citations");
        int i = 0;
        for (eu.clusterdata.model.Citation v : c) {
          w.at(i++);
          if (v != null) {
            citation(w, v);
          }
        }
        w.leave();
      }
    }
  }

  static void contactPoint(ConstraintWalk w, eu.clusterdata.model.ContactPoint r) {
    {
      java.lang.String v = r.name();
      if (v != null) {
        w.notBlank(K25, "name", v);
      }
    }
    {
      java.lang.String v = r.email();
      if (v != null) {
        w.email(K26, "email", v);
      }
    }
    {
      java.lang.String v = r.telephone();
      if (v != null) {
        w.pattern(K27, "telephone", v, v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.url();
      if (v != null) {
        w.iri(K0, "url", v.value(), v);
      }
    }
  }

  static void citation(ConstraintWalk w, eu.clusterdata.model.Citation r) {
    {
      eu.clusterdata.model.Source v = r.source();
      if (v != null) {
        w.enter("source");
        source(w, v);
        w.leave();
      }
    }
    {
      java.lang.String v = r.locator();
      if (v != null) {
        w.notBlank(K28, "locator", v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.quote();
      if (v != null) {
        w.text(K1, "quote", v);
      }
    }
  }

  static void money(ConstraintWalk w, eu.clusterdata.model.value.Money r) {
    {
      java.math.BigDecimal v = r.amount();
      if (v != null) {
        w.range(K29, "amount", v);
      }
    }
  }

  static void projectFunding(ConstraintWalk w, eu.clusterdata.model.ProjectFunding r) {
    {
      eu.clusterdata.model.FundingProgramme v = r.programme();
      if (v != null) {
        w.pattern(K30, "programme", v.code(), v);
      }
    }
    {
      java.lang.String v = r.grantNumber();
      if (v != null) {
        w.notBlank(K31, "grantNumber", v);
      }
    }
    {
      eu.clusterdata.model.value.DateRange v = r.period();
      if (v != null) {
        w.period(K5, "period", v);
      }
    }
    {
      eu.clusterdata.model.value.Money v = r.amount();
      if (v != null) {
        w.enter("amount");
        money(w, v);
        w.leave();
      }
    }
  }

  static void address(ConstraintWalk w, eu.clusterdata.model.Address r) {
    {
      java.lang.String v = r.street();
      if (v != null) {
        w.notBlank(K32, "street", v);
      }
    }
    {
      java.lang.String v = r.postalCode();
      if (v != null) {
        w.notBlank(K33, "postalCode", v);
      }
    }
    {
      java.lang.String v = r.locality();
      if (v != null) {
        w.notBlank(K34, "locality", v);
      }
    }
  }

  static void source(ConstraintWalk w, eu.clusterdata.model.Source r) {
    {
      java.lang.String v = r.title();
      if (v != null) {
        w.notBlank(K35, "title", v);
      }
    }
    {
      eu.clusterdata.model.value.Iri v = r.url();
      if (v != null) {
        w.iri(K0, "url", v.value(), v);
      }
    }
  }

  static void classification(ConstraintWalk w, eu.clusterdata.model.Classification r) {
    {
      eu.clusterdata.model.value.Iri v = r.scheme();
      if (v != null) {
        w.iri(K0, "scheme", v.value(), v);
      }
    }
    {
      java.lang.String v = r.version();
      if (v != null) {
        w.notBlank(K36, "version", v);
      }
    }
    {
      java.lang.String v = r.code();
      if (v != null) {
        w.notBlank(K37, "code", v);
      }
    }
    {
      eu.clusterdata.model.value.MultilingualText v = r.name();
      if (v != null) {
        w.text(K1, "name", v);
      }
    }
  }

  static void funding(ConstraintWalk w, eu.clusterdata.model.Funding r) {
    {
      eu.clusterdata.model.value.MultilingualText v = r.source();
      if (v != null) {
        w.text(K1, "source", v);
      }
    }
    {
      eu.clusterdata.model.value.Money v = r.annualAmount();
      if (v != null) {
        w.enter("annualAmount");
        money(w, v);
        w.leave();
      }
    }
  }
}

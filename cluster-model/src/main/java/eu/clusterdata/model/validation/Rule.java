package eu.clusterdata.model.validation;

import eu.clusterdata.model.internal.Messages;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule the validator checks, with its stable code, the rule set it belongs to and the
 * severity of its findings. Codes never change meaning; new rules get new codes.
 */
public enum Rule {
  /** An identifier or web address is not an absolute http, https or urn IRI. */
  CORE_IRI("core.iri", RuleSet.CORE, Severity.ERROR),
  /** A text has no entry in any language. */
  CORE_TEXT_EMPTY("core.text.empty", RuleSet.CORE, Severity.ERROR),
  /** A text entry is keyed by a tag that is not a BCP 47 language tag. */
  CORE_TEXT_LANGUAGE("core.text.language", RuleSet.CORE, Severity.ERROR),
  /** A text entry is empty or white space. */
  CORE_TEXT_BLANK("core.text.blank", RuleSet.CORE, Severity.ERROR),
  /** A language is not a well-formed BCP 47 tag. */
  CORE_LANGUAGE_TAG("core.language-tag", RuleSet.CORE, Severity.ERROR),
  /** A name or code that is given is empty or white space. */
  CORE_BLANK("core.blank", RuleSet.CORE, Severity.ERROR),
  /** A NUTS region code is malformed. */
  CORE_NUTS("core.nuts", RuleSet.CORE, Severity.ERROR),
  /** A NACE code is malformed for its revision. */
  CORE_NACE("core.nace", RuleSet.CORE, Severity.ERROR),
  /**
   * A NUTS code of the right shape is not a region of the NUTS version the profile is read against,
   * nor of any other (see {@link ProfileValidator.Builder#nutsVersion}).
   */
  CORE_NUTS_UNKNOWN("core.nuts.unknown", RuleSet.CORE, Severity.ERROR),
  /** A NUTS code belongs to another NUTS version than the one the profile is read against. */
  CORE_NUTS_VERSION("core.nuts.version", RuleSet.CORE, Severity.WARNING),
  /** A NACE code of the right shape is not a code of its revision. */
  CORE_NACE_UNKNOWN("core.nace.unknown", RuleSet.CORE, Severity.ERROR),
  /** A country code is not an ISO 3166-1 alpha-2 code. */
  CORE_COUNTRY("core.country", RuleSet.CORE, Severity.ERROR),
  /** A technology, target group or service format code is malformed. */
  CORE_CODE("core.code", RuleSet.CORE, Severity.ERROR),
  /** A technology, target group or service format is not in the reference list. */
  CORE_CODE_UNLISTED("core.code.unlisted", RuleSet.CORE, Severity.INFO),
  /** A period or pair of dates ends before it starts. */
  CORE_PERIOD("core.period", RuleSet.CORE, Severity.ERROR),
  /** A number is outside its allowed range. */
  CORE_RANGE("core.range", RuleSet.CORE, Severity.ERROR),
  /** A date that must be in the past lies in the future. */
  CORE_FUTURE("core.future", RuleSet.CORE, Severity.ERROR),
  /** An e-mail address is malformed. */
  CORE_EMAIL("core.email", RuleSet.CORE, Severity.ERROR),
  /** A value does not have the expected format. */
  CORE_FORMAT("core.format", RuleSet.CORE, Severity.ERROR),
  /** Two records of a profile have the same identifier. */
  CORE_DUPLICATE_ID("core.duplicate-id", RuleSet.CORE, Severity.ERROR),
  /** A reference names nothing of the right kind in the profile. */
  CORE_REFERENCE("core.reference", RuleSet.CORE, Severity.ERROR),
  /** An impulse uptake names an impulse that is not in the catalogue. */
  CORE_IMPULSE("core.impulse", RuleSet.CORE, Severity.ERROR),
  /** A NUTS region does not lie in the location's country. */
  CORE_REGION_COUNTRY("core.region-country", RuleSet.CORE, Severity.ERROR),
  /** An actor that is not a company has a company size. */
  CORE_COMPANY_SIZE("core.company-size", RuleSet.CORE, Severity.ERROR),
  /** A profile names no source for its data. */
  CORE_PROVENANCE_SOURCES("core.provenance.sources", RuleSet.CORE, Severity.WARNING),
  /** A label has neither an award date nor a validity end. */
  CORE_LABEL_DATES("core.label.dates", RuleSet.CORE, Severity.WARNING),
  /** A contact point gives no e-mail, telephone or web page. */
  CORE_CONTACT_EMPTY("core.contact.empty", RuleSet.CORE, Severity.WARNING),
  /** A classification gives neither a code nor a name. */
  CORE_CLASSIFICATION_EMPTY("core.classification.empty", RuleSet.CORE, Severity.ERROR),
  /**
   * An impulse uptake's history is not in date order, or its latest step is not the uptake's
   * status.
   */
  CORE_UPTAKE_HISTORY("core.uptake.history", RuleSet.CORE, Severity.WARNING),
  /** Two member counts give the same member type for the same day. */
  CORE_MEMBER_COUNT_DUPLICATE("core.member-count.duplicate", RuleSet.CORE, Severity.ERROR),
  /** The ECCP listing criteria are waived for a programme-recognised cluster. */
  ECCP_WAIVED("eccp.waived", RuleSet.ECCP, Severity.INFO),
  /** The cluster management team is not known to be at least 0.5 FTE. */
  ECCP_TEAM_SIZE("eccp.team-size", RuleSet.ECCP, Severity.ERROR),
  /** The cluster has no website known to be in English. */
  ECCP_ENGLISH_WEBSITE("eccp.english-website", RuleSet.ECCP, Severity.ERROR),
  /**
   * The cluster has fewer than 15 committed members, counted as the ECCP counts them: from its
   * current member counts by type where the profile gives any, otherwise from its named committed
   * members.
   */
  ECCP_MEMBERS("eccp.members", RuleSet.ECCP, Severity.ERROR),
  /**
   * The members are of fewer than two triple-helix types (industry, research and universities,
   * public bodies, civil society), taken from the member counts where the profile gives any,
   * otherwise from the named committed members.
   */
  ECCP_MEMBER_TYPES("eccp.member-types", RuleSet.ECCP, Severity.ERROR),
  /** The profile names more committed members than its current member counts give. */
  ECCP_MEMBER_COUNTS("eccp.member-counts", RuleSet.ECCP, Severity.WARNING),
  /** A label is valid for longer than two years from the month it was awarded. */
  EUCLES_VALIDITY("eucles.validity", RuleSet.EUCLES, Severity.ERROR),
  /**
   * A Silver label does not follow a Bronze benchmarking 1.5 to 2 years earlier. A warning, not an
   * error: a list of current labels does not hold the earlier Bronze label.
   */
  EUCLES_SILVER_AFTER_BRONZE("eucles.silver-after-bronze", RuleSet.EUCLES, Severity.WARNING),
  /** A Gold label has a score below 80%. */
  EUCLES_GOLD_SCORE("eucles.gold-score", RuleSet.EUCLES, Severity.ERROR),
  /** A label's validity has ended. */
  EUCLES_EXPIRED("eucles.expired", RuleSet.EUCLES, Severity.WARNING),
  /** A label awarded since 2019 needs an ECCP listing, and none is recorded. */
  EUCLES_ECCP_LISTING("eucles.eccp-listing", RuleSet.EUCLES, Severity.WARNING),
  /** A label rule could not be checked because a date is unknown. */
  EUCLES_UNCHECKED("eucles.unchecked", RuleSet.EUCLES, Severity.INFO),
  /** A profile meant for publication carries personal data: a contact of a natural person. */
  PUBLICATION_PERSONAL_DATA("publication.personal-data", RuleSet.PUBLICATION, Severity.WARNING),
  /** A profile meant for publication cites a fictitious source: it is example data. */
  PUBLICATION_FICTITIOUS("publication.fictitious", RuleSet.PUBLICATION, Severity.WARNING),
  /**
   * Two records of one input have the same organisation identifier: stored or converted to RDF, the
   * second would replace or merge with the first. Found by {@link
   * eu.clusterdata.model.format.CollectionCheck}.
   */
  COLLECTION_DUPLICATE_PROFILE("collection.duplicate-profile", RuleSet.CORE, Severity.ERROR),
  /**
   * An actor, service, project, practice example or partnership has the identifier of something
   * else in an earlier record, with other content: in RDF the two would merge into one node. Found
   * by {@link eu.clusterdata.model.format.CollectionCheck}.
   */
  COLLECTION_ID_CONFLICT("collection.id-conflict", RuleSet.CORE, Severity.ERROR),
  /** Triples of an RDF input were read into no profile (found by the RDF reader, not here). */
  RDF_UNMAPPED("rdf.unmapped", RuleSet.CORE, Severity.WARNING),
  /**
   * A CSV file was read in a form other than the layout's own (UTF-8, commas, decimal points): as
   * Excel set to German writes it, with semicolons and decimal commas, or encoded in Windows-1252.
   * A note on the first profile read, so that a steward sees what was assumed (found by the tables
   * reader).
   */
  TABULAR_READ_AS("tabular.read-as", RuleSet.CORE, Severity.INFO),
  /** An RDF profile graph does not satisfy the SHACL shapes of the profile. */
  CORE_SHAPE("core.shape", RuleSet.CORE, Severity.ERROR),
  /**
   * A text holds a character the output format cannot carry: an unpaired surrogate (no format), or
   * a control character that XML forbids (RDF/XML, Excel workbooks). Found by the writers ({@link
   * eu.clusterdata.model.format.FormatRequirements}), whatever the integrity policy.
   */
  FORMAT_CHARACTERS("format.characters", RuleSet.CORE, Severity.ERROR),
  /**
   * A text is longer than a cell of an Excel workbook holds (32,767 characters). Found by the
   * writers ({@link eu.clusterdata.model.format.FormatRequirements}), whatever the integrity
   * policy.
   */
  FORMAT_TEXT_LENGTH("format.text-length", RuleSet.CORE, Severity.ERROR),
  /**
   * A profile has records of a list (actors, services, labels...), and the format is one CSV file,
   * which holds the clusters sheet only: writing it would lose them. Found by the writers ({@link
   * eu.clusterdata.model.format.FormatRequirements}), whatever the integrity policy.
   */
  FORMAT_ONE_SHEET("format.one-sheet", RuleSet.CORE, Severity.ERROR);

  private final String code;
  private final RuleSet ruleSet;
  private final Severity severity;

  Rule(String code, RuleSet ruleSet, Severity severity) {
    this.code = code;
    this.ruleSet = ruleSet;
    this.severity = severity;
  }

  /** Returns the stable code, such as {@code core.reference} or {@code eccp.members}. */
  public String code() {
    return code;
  }

  /** Returns the rule set the rule belongs to. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Returns the severity of the rule's findings. */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the rule checks, in English or German (German for a German locale, English for
   * every other): {@code "The cluster has a website in English."}. {@code clusterdata catalogue
   * rules} lists them all.
   */
  public String description(Locale locale) {
    return Messages.format("rule." + code, locale);
  }

  /** Returns the rule with this code, if there is one. */
  public static Optional<Rule> ofCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}

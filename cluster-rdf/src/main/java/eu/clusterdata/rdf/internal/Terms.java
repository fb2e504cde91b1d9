package eu.clusterdata.rdf.internal;

import static eu.clusterdata.rdf.ClusterVocabulary.COUNTRY;
import static eu.clusterdata.rdf.ClusterVocabulary.ID;
import static eu.clusterdata.rdf.ClusterVocabulary.LANGUAGE;
import static eu.clusterdata.rdf.ClusterVocabulary.NACE_2;
import static eu.clusterdata.rdf.ClusterVocabulary.NACE_2_1;
import static eu.clusterdata.rdf.ClusterVocabulary.NUTS;

import eu.clusterdata.model.codes.Coded;
import eu.clusterdata.model.codes.OpenCode;
import eu.clusterdata.model.description.ModelDescription;
import eu.clusterdata.model.description.Scalar;
import eu.clusterdata.model.value.CountryCode;
import eu.clusterdata.model.value.Iri;
import eu.clusterdata.model.value.NaceCode;
import eu.clusterdata.model.value.NaceRevision;
import eu.clusterdata.model.value.NutsCode;
import eu.clusterdata.model.value.NutsVersion;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * Single values as RDF terms and back: identifiers and codes as IRIs (the EU's own where they
 * exist), numbers and dates as typed literals, closed and open code lists as concepts of the
 * project's catalogues.
 */
public final class Terms {

  private static final Map<String, String> ISO3_COUNTRY_TO_ISO2 = new HashMap<>();
  private static final Map<String, String> ISO3_LANGUAGE_TO_ISO2 = new HashMap<>();

  static {
    for (String country : Locale.getISOCountries()) {
      ISO3_COUNTRY_TO_ISO2.put(new Locale("", country).getISO3Country(), country);
    }
    for (String language : Locale.getISOLanguages()) {
      try {
        ISO3_LANGUAGE_TO_ISO2.put(
            new Locale(language).getISO3Language().toUpperCase(Locale.ROOT), language);
      } catch (MissingResourceException e) {
        // A language without a three-letter code is written as a language-tag literal.
      }
    }
  }

  private Terms() {}

  /** Thrown for a term that is not a value of the expected type; the caller adds the where. */
  static final class BadTerm extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadTerm(@Nullable String message) {
      super(message, null, false, false);
    }
  }

  /** The catalogue concept scheme of a code list: {@code ServiceArea} is {@code service-area}. */
  static String scheme(Class<?> codeList) {
    return SCHEMES.get(codeList);
  }

  /** Scheme names, worked out once per class: every code written or read needs one. */
  private static final ClassValue<String> SCHEMES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          return type.getSimpleName()
              .replaceAll("([a-z])([A-Z])", "$1-$2")
              .toLowerCase(Locale.ROOT);
        }
      };

  public static Node toNode(Object value) {
    if (value instanceof Iri iri) {
      return NodeFactory.createURI(iri.value());
    }
    Optional<Scalar> scalar = Scalar.of(value.getClass());
    if (scalar.isPresent()) {
      return switch (scalar.get()) {
        case STRING -> NodeFactory.createLiteralString((String) value);
        case BOOLEAN -> typed(value.toString(), XSDDatatype.XSDboolean);
        case INTEGER -> typed(value.toString(), XSDDatatype.XSDinteger);
        case DECIMAL -> typed(((BigDecimal) value).toPlainString(), XSDDatatype.XSDdecimal);
        case YEAR -> typed(value.toString(), XSDDatatype.XSDgYear);
        case DATE -> typed(value.toString(), XSDDatatype.XSDdate);
        case DATE_TIME -> typed(value.toString(), XSDDatatype.XSDdateTime);
        case CURRENCY -> NodeFactory.createLiteralString(((Currency) value).getCurrencyCode());
      };
    }
    if (value instanceof NutsCode nuts) {
      return NodeFactory.createURI(NUTS + nuts.code());
    } else if (value instanceof NaceCode nace) {
      // Both revisions' concept IRIs drop the dots, as the EU Vocabularies publish them.
      return NodeFactory.createURI(
          (nace.revision() == NaceRevision.REV_2 ? NACE_2 : NACE_2_1)
              + nace.code().replace(".", ""));
    } else if (value instanceof CountryCode country) {
      return NodeFactory.createURI(COUNTRY + alpha3(country));
    } else if (value instanceof Coded code) {
      return NodeFactory.createURI(ID + scheme(value.getClass()) + "/" + code.code());
    } else if (value instanceof OpenCode code) {
      return NodeFactory.createURI(ID + scheme(value.getClass()) + "/" + code.code());
    } else if (value instanceof NutsVersion version) {
      return NodeFactory.createLiteralString(version.label());
    }
    throw new IllegalArgumentException("no RDF term for " + value.getClass().getName());
  }

  /**
   * The code as written ({@code 21.10}) from the last segment of a NACE IRI ({@code 2110}); a
   * segment that has its dot already, as earlier versions of this library wrote Rev. 2.1 IRIs, is
   * kept.
   */
  private static String dotted(String segment) {
    return segment.length() > 2 && Character.isDigit(segment.charAt(0)) && segment.indexOf('.') < 0
        ? segment.substring(0, 2) + "." + segment.substring(2)
        : segment;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Object fromNode(Node node, Class<?> type) {
    if (type == Iri.class) {
      return Iri.of(iri(node, "an IRI"));
    }
    Optional<Scalar> scalar = Scalar.of(type);
    if (scalar.isPresent()) {
      return switch (scalar.get()) {
        case STRING -> lexical(node, XSDDatatype.XSDstring, "a string literal");
        case BOOLEAN -> Boolean.valueOf(lexical(node, XSDDatatype.XSDboolean, "an xsd:boolean"));
        case INTEGER ->
            parse(
                () -> Integer.valueOf(lexical(node, XSDDatatype.XSDinteger, "an xsd:integer")),
                node,
                "an xsd:integer");
        case DECIMAL -> parse(() -> new BigDecimal(decimalLexical(node)), node, "an xsd:decimal");
        case YEAR ->
            parse(
                () -> Year.parse(lexical(node, XSDDatatype.XSDgYear, "an xsd:gYear")),
                node,
                "an xsd:gYear");
        case DATE ->
            parse(
                () -> LocalDate.parse(lexical(node, XSDDatatype.XSDdate, "an xsd:date")),
                node,
                "an xsd:date");
        case DATE_TIME -> {
          String text = lexical(node, XSDDatatype.XSDdateTime, "an xsd:dateTime with a time zone");
          yield parse(
              () -> OffsetDateTime.parse(text).toInstant(),
              node,
              "an xsd:dateTime with a time zone");
        }
        case CURRENCY -> {
          String code = lexical(node, XSDDatatype.XSDstring, "an ISO 4217 currency code");
          yield parse(() -> Currency.getInstance(code), node, "an ISO 4217 currency code");
        }
      };
    }
    if (type == NutsCode.class) {
      return NutsCode.of(suffix(node, NUTS, "a NUTS region IRI"));
    } else if (type == CountryCode.class) {
      String code = suffix(node, COUNTRY, "a country IRI of the EU's authority table");
      return CountryCode.of(ISO3_COUNTRY_TO_ISO2.getOrDefault(code, code));
    } else if (type == NaceCode.class) {
      String iri = iri(node, "a NACE IRI");
      if (iri.startsWith(NACE_2_1)) {
        return NaceCode.rev21(dotted(iri.substring(NACE_2_1.length())));
      }
      return NaceCode.rev2(dotted(suffix(node, NACE_2, "a NACE Rev. 2 or Rev. 2.1 IRI")));
    } else if (OpenCode.class.isAssignableFrom(type)) {
      // Every open code is a record of one string, its code.
      String code =
          suffix(node, ID + scheme(type) + "/", "a concept of " + ID + scheme(type) + "/");
      return ModelDescription.of(type.asSubclass(Record.class)).construct(new Object[] {code});
    } else if (type == NutsVersion.class) {
      return parse(
          () -> NutsVersion.ofLabel(lexical(node, XSDDatatype.XSDstring, "a NUTS version")),
          node,
          "a NUTS version such as \"2024\"");
    } else if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
      String code =
          suffix(node, ID + scheme(type) + "/", "a concept of " + ID + scheme(type) + "/");
      try {
        return Coded.fromCode((Class) type, code);
      } catch (IllegalArgumentException e) {
        throw new BadTerm(e.getMessage());
      }
    }
    throw new IllegalArgumentException("no RDF term for " + type.getName());
  }

  /** A language tag: the EU's language IRI for a bare language, a language literal otherwise. */
  static Node language(String tag) {
    if (tag.length() == 2) {
      try {
        return NodeFactory.createURI(
            LANGUAGE + new Locale(tag).getISO3Language().toUpperCase(Locale.ROOT));
      } catch (MissingResourceException e) {
        // fall through to a literal
      }
    }
    return typed(tag, XSDDatatype.XSDlanguage);
  }

  static String languageTag(Node node) {
    if (node.isURI() && node.getURI().startsWith(LANGUAGE)) {
      String code = node.getURI().substring(LANGUAGE.length());
      String tag = ISO3_LANGUAGE_TO_ISO2.get(code);
      if (tag == null) {
        throw new BadTerm(node + " is not a language this library can name with a BCP 47 tag");
      }
      return tag;
    }
    return lexical(
        node,
        XSDDatatype.XSDlanguage,
        "a language IRI of the EU's authority table or an xsd:language literal");
  }

  public static Node impulse(String code) {
    return NodeFactory.createURI(ID + "impulse/" + code);
  }

  public static String impulseCode(Node node) {
    return suffix(node, ID + "impulse/", "an impulse concept such as " + ID + "impulse/I07");
  }

  static Node typed(String lexical, RDFDatatype datatype) {
    return NodeFactory.createLiteralDT(lexical, datatype);
  }

  private static String alpha3(CountryCode country) {
    try {
      return country.alpha3();
    } catch (MissingResourceException e) {
      return country.code(); // not an ISO country: kept as given, the validator reports it
    }
  }

  private static String iri(Node node, String expected) {
    if (!node.isURI()) {
      throw new BadTerm("expected " + expected + " but found " + node);
    }
    return node.getURI();
  }

  private static String suffix(Node node, String namespace, String expected) {
    String iri = iri(node, expected);
    if (!iri.startsWith(namespace) || iri.length() == namespace.length()) {
      throw new BadTerm("expected " + expected + " but found <" + iri + ">");
    }
    return iri.substring(namespace.length());
  }

  private static String lexical(Node node, RDFDatatype datatype, String expected) {
    if (!node.isLiteral() || !node.getLiteralDatatypeURI().equals(datatype.getURI())) {
      throw new BadTerm("expected " + expected + " but found " + node);
    }
    return node.getLiteralLexicalForm();
  }

  /**
   * The lexical form of an {@code xsd:decimal}, or of an {@code xsd:integer}, which XML Schema
   * derives from it: every integer is a decimal, and some stores (Virtuoso) give a decimal without
   * a fraction back as an integer.
   */
  private static String decimalLexical(Node node) {
    if (node.isLiteral() && node.getLiteralDatatypeURI().equals(XSDDatatype.XSDinteger.getURI())) {
      return node.getLiteralLexicalForm();
    }
    return lexical(node, XSDDatatype.XSDdecimal, "an xsd:decimal");
  }

  private interface Parse {
    Object get();
  }

  private static Object parse(Parse parse, Node node, String expected) {
    try {
      return parse.get();
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new BadTerm("expected " + expected + " but found " + node);
    }
  }
}

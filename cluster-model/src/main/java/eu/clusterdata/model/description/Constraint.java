package eu.clusterdata.model.description;

import eu.clusterdata.model.internal.Syntax;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A constraint on a model value, as the {@link ModelDescription} gives it: on a record type (every
 * {@code NutsCode} has the NUTS shape) or on a component (a team size is zero or more). The model's
 * Jakarta Validation annotations declare them; the description reads them once, so that the
 * validator, the JSON Schema and the SHACL shapes all check the same thing. A {@code null} value
 * satisfies every constraint: whether a value may be absent is the component's {@link
 * Component#required()}.
 */
public sealed interface Constraint {

  /**
   * Returns the message key a violation is reported under, such as {@code core.nuts}; its rule is
   * the key or its nearest parent ({@code core.format.telephone} belongs to {@code core.format}).
   */
  String messageKey();

  /** An identifier or web address is an absolute {@code http}, {@code https} or {@code urn} IRI. */
  record AbsoluteIri() implements Constraint {
    @Override
    public String messageKey() {
      return "core.iri";
    }
  }

  /**
   * A multilingual text has at least one entry, every language tag is well-formed and no text is
   * blank; each bad entry is reported at the path of its language tag.
   */
  record TextEntries() implements Constraint {
    @Override
    public String messageKey() {
      return "core.text";
    }
  }

  /**
   * The whole string (of a record that is one string, or of a string component) matches {@code
   * regex}.
   *
   * @param regex the pattern, matched against the whole value
   * @param messageKey the message key of a violation
   */
  record Pattern(java.util.regex.Pattern regex, String messageKey) implements Constraint {
    public Pattern {
      Objects.requireNonNull(regex, "regex");
      Objects.requireNonNull(messageKey, "messageKey");
    }

    /** Returns whether {@code text} matches as a whole. */
    public boolean matches(String text) {
      // The two most frequent shapes have scans that give the same answer without a matcher.
      if (regex == Syntax.CODE) {
        return Syntax.isCode(text);
      }
      if (regex == Syntax.NUTS) {
        return Syntax.isNutsShape(text);
      }
      if (regex == Syntax.NACE_2 || regex == Syntax.NACE_2_1) {
        return Syntax.isNaceShape(text, regex == Syntax.NACE_2 ? 'U' : 'V');
      }
      return regex.matcher(text).matches();
    }

    // java.util.regex.Pattern has identity equality; two constraints are equal by their text.
    @Override
    public boolean equals(Object other) {
      return other instanceof Pattern p
          && p.regex.pattern().equals(regex.pattern())
          && p.messageKey.equals(messageKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(regex.pattern(), messageKey);
    }
  }

  /**
   * A NACE code has the shape of a section, division, group or class of its revision.
   *
   * @param rev2 the shape in NACE Rev. 2 (sections A to U)
   * @param rev21 the shape in NACE Rev. 2.1 (sections A to V)
   */
  record NaceShape(Pattern rev2, Pattern rev21) implements Constraint {
    @Override
    public String messageKey() {
      return "core.nace";
    }
  }

  /**
   * A code is one of a fixed list.
   *
   * @param codes the codes allowed
   * @param messageKey the message key of a violation
   */
  record CodeList(Set<String> codes, String messageKey) implements Constraint {
    public CodeList {
      codes = Set.copyOf(codes);
      Objects.requireNonNull(messageKey, "messageKey");
    }
  }

  /** A period does not end before it starts. */
  record OrderedPeriod() implements Constraint {
    @Override
    public String messageKey() {
      return "core.period";
    }
  }

  /** A string is a well-formed BCP 47 language tag. */
  record LanguageTag() implements Constraint {
    @Override
    public String messageKey() {
      return "core.language-tag";
    }
  }

  /** A string, if given, is not empty or white space. */
  record NotBlank() implements Constraint {
    @Override
    public String messageKey() {
      return "core.blank";
    }
  }

  /** A string is an e-mail address: a local part, {@code @} and a domain name. */
  record Email() implements Constraint {
    @Override
    public String messageKey() {
      return "core.email";
    }
  }

  /**
   * A number lies in a range, its bounds included.
   *
   * @param min the least value allowed, or {@code null} for none
   * @param max the greatest value allowed, or {@code null} for none
   */
  record Range(@Nullable BigDecimal min, @Nullable BigDecimal max) implements Constraint {
    @Override
    public String messageKey() {
      return "core.range";
    }
  }

  /** A date or year is not in the future of the validator's reference date. */
  record PastOrPresent() implements Constraint {
    @Override
    public String messageKey() {
      return "core.future";
    }
  }
}

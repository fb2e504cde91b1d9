package eu.clusterdata.model.codes;

import eu.clusterdata.model.FundingProgramme;

/**
 * A value of an open code list: technologies, target groups and service formats take new values as
 * practice brings them, so any well-formed code ({@code lower-case-with-hyphens}) is accepted (a
 * malformed one is refused when it is made), and the validator reports, as information, a code that
 * is not in the reference list. Every open code is a record of one string component, {@code code}.
 */
public sealed interface OpenCode
    permits Technology,
        TargetGroup,
        ServiceFormat,
        MemberType,
        LabelScheme,
        FundingProgramme,
        InterestKind {

  /** Returns the code, lower case with hyphens, for example {@code artificial-intelligence}. */
  String code();

  /** Returns whether the code is in the library's reference list for its kind. */
  boolean isListed();
}

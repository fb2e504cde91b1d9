package eu.clusterdata.model.internal;

/** Opens the IRI checks to tests in other packages. */
public final class IriValidatorAccess {

  private IriValidatorAccess() {}

  public static boolean isPlainHttp(String iri) {
    return IriValidator.isPlainHttp(iri);
  }

  public static boolean isValidByParser(String iri) {
    return IriValidator.isValidByParser(iri);
  }

  public static boolean isValid(String iri) {
    return IriValidator.isValid(iri);
  }
}

/**
 * The cluster-profile model, its reference catalogues and its validator. Depends on no JSON or RDF
 * library.
 */
// requires-automatic: Expressly names itself in its manifest only. module: the qualified exports
// name modules built after this one.
@SuppressWarnings({"requires-automatic", "module"})
module eu.clusterdata.model {
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  // Only for ConstraintEngine.BEAN_VALIDATION, which a user opts into; Hibernate Validator
  // interpolates messages with Jakarta Expression Language (Expressly). On the module path an
  // application that opts in resolves them with --add-modules or by requiring them.
  requires static org.hibernate.validator;
  requires static jakarta.el;
  requires static org.glassfish.expressly;

  exports eu.clusterdata.model;
  exports eu.clusterdata.model.value;
  exports eu.clusterdata.model.problem;
  exports eu.clusterdata.model.constraints;
  exports eu.clusterdata.model.validation;
  exports eu.clusterdata.model.format;
  exports eu.clusterdata.model.codes;

  // For the modules that bind the model to a form (JSON, RDF, tables): what every record holds,
  // the one "did you mean" of the library and the skeleton of a streaming writer. Not an API for
  // applications.
  exports eu.clusterdata.model.description to
      eu.clusterdata.json,
      eu.clusterdata.jackson3,
      eu.clusterdata.rdf,
      eu.clusterdata.tabular;
  exports eu.clusterdata.model.internal to
      eu.clusterdata.json,
      eu.clusterdata.rdf,
      eu.clusterdata.tabular,
      eu.clusterdata.io;

  // Hibernate Validator reads the records' fields and instantiates the constraint validators.
  opens eu.clusterdata.model to
      org.hibernate.validator;
  opens eu.clusterdata.model.value to
      org.hibernate.validator;
  opens eu.clusterdata.model.codes to
      org.hibernate.validator;
  opens eu.clusterdata.model.internal to
      org.hibernate.validator;
}

/**
 * The cluster-profile model, its reference catalogues and its validator. Depends on no JSON or RDF
 * library.
 */
@SuppressWarnings("requires-automatic") // Expressly names itself in its manifest only
module eu.clusterdata.model {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator interpolates messages with Jakarta Expression Language; on the module
  // path the implementation is resolved only if some module requires it.
  requires jakarta.el;
  requires org.glassfish.expressly;

  exports eu.clusterdata.model;
  exports eu.clusterdata.model.constraints;
  exports eu.clusterdata.model.validation;
  exports eu.clusterdata.model.description;
  exports eu.clusterdata.model.format;
  exports eu.clusterdata.model.codes;

  // Hibernate Validator reads the records' fields and instantiates the constraint validators.
  opens eu.clusterdata.model to
      org.hibernate.validator;
  opens eu.clusterdata.model.internal to
      org.hibernate.validator;
}

/**
 * The Jakarta Validation constraints of the cluster model. Each reports its violations under a
 * stable rule code of {@link eu.clusterdata.model.validation.Rule}; most users never touch these
 * directly and call {@link eu.clusterdata.model.validation.ProfileValidator} instead.
 */
package eu.clusterdata.model.constraints;

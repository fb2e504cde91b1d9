/**
 * The official code lists in the jar: the regions of NUTS 2021 and 2024 ({@link
 * eu.clusterdata.model.codes.NutsClassification}, {@link eu.clusterdata.model.codes.NutsRegion})
 * and the activities of NACE Rev. 2 and Rev. 2.1 ({@link
 * eu.clusterdata.model.codes.NaceClassification}, {@link eu.clusterdata.model.codes.NaceActivity}),
 * as Eurostat publishes them, with the correspondence between the two NUTS versions. The
 * validator's code-list rules look codes up here; an application can list and name them. Each list
 * is read from the jar when first asked for.
 */
package eu.clusterdata.model.codes;

/**
 * What every reader and writer of the library shares: the registry of interchange formats ({@link
 * eu.clusterdata.model.format.ProfileFormat}) and the one record type readers give ({@link
 * eu.clusterdata.model.format.ProfileRecord}, with its {@link
 * eu.clusterdata.model.format.RecordLocation}). The {@code cluster-io} module reads and writes any
 * of the formats through them.
 */
@NullMarked
package eu.clusterdata.model.format;

import org.jspecify.annotations.NullMarked;

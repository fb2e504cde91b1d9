/**
 * Keeps, queries and publishes cluster profiles as linked data.
 *
 * <p>{@link eu.clusterdata.store.ProfileStore} keeps one named graph per profile, named by its
 * organisation's identifier, in an embedded Jena TDB2 directory (the default: nothing to install),
 * in memory, or on any SPARQL 1.1 server with the Graph Store Protocol (Apache Jena Fuseki among
 * them). The back end is one setting: {@link eu.clusterdata.store.ProfileStore#open(String)} takes
 * a directory, {@code mem:} or an {@code http(s)} URL. Everything else (puts, bulk loads, the typed
 * queries and free SPARQL) works the same on all three.
 *
 * <p>The package {@code eu.clusterdata.store.internal} is not API.
 */
@NullMarked
package eu.clusterdata.store;

import org.jspecify.annotations.NullMarked;

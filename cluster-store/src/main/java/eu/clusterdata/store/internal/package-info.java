/**
 * The store's back ends (TDB2, memory, SPARQL servers), its queries as SPARQL text and the staging
 * of large loads. Not exported.
 */
@NullMarked
package eu.clusterdata.store.internal;

import org.jspecify.annotations.NullMarked;

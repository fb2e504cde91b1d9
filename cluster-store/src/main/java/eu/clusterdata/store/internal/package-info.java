/**
 * The store's back ends (TDB2, memory, SPARQL servers), its queries as SPARQL text and the staging
 * of large loads. Not exported.
 */
package eu.clusterdata.store.internal;

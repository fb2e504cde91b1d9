/**
 * The library's JSON format for Jackson 3: {@link eu.clusterdata.jackson3.ClusterJackson3Module}.
 */
package eu.clusterdata.jackson3;

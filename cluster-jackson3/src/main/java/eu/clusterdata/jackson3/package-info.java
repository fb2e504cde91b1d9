/**
 * The library's JSON format for Jackson 3: {@link eu.clusterdata.jackson3.ClusterJackson3Module}.
 */
@NullMarked
package eu.clusterdata.jackson3;

import org.jspecify.annotations.NullMarked;

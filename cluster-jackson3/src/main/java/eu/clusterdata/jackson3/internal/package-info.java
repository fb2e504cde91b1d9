/**
 * The serializers and deserializers behind {@link eu.clusterdata.jackson3.ClusterJackson3Module},
 * which hand every model value to the codecs of {@code cluster-json}. Not exported.
 */
@NullMarked
package eu.clusterdata.jackson3.internal;

import org.jspecify.annotations.NullMarked;

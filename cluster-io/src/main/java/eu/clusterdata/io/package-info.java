/**
 * The one way in and out of the library: {@link eu.clusterdata.io.ProfileSource} reads profiles
 * record by record from a file or stream in any {@link eu.clusterdata.model.format.ProfileFormat},
 * told by the name (checked against the content) or by the content, and {@link
 * eu.clusterdata.io.ProfileSink} writes any format under an {@link
 * eu.clusterdata.model.validation.IntegrityPolicy}, a file whole or not at all. The command line
 * and the Spring Boot integration read and write through these two.
 */
@NullMarked
package eu.clusterdata.io;

import org.jspecify.annotations.NullMarked;

/**
 * How {@code cluster-io} tells formats apart and writes each: detection by name and content, one
 * writer per kind of format, counting what was read. Not an API; it may change in any release.
 */
@NullMarked
package eu.clusterdata.io.internal;

import org.jspecify.annotations.NullMarked;

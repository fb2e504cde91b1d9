/**
 * What goes wrong, as data: {@link eu.clusterdata.model.problem.ClusterDataException}, the root of
 * every exception the library throws, whose {@link
 * eu.clusterdata.model.problem.ClusterDataException#problems() problems} give each problem's code,
 * path, line, column and {@link eu.clusterdata.model.problem.Message message} (rendered in English
 * or German when asked for); and {@link eu.clusterdata.model.problem.InvalidValueException}, which
 * a value type throws for a value that can never be valid.
 */
@NullMarked
package eu.clusterdata.model.problem;

import org.jspecify.annotations.NullMarked;

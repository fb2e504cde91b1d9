/**
 * The sheets laid out from the model description, the workbook and CSV readers and writers, and the
 * merge of foreign sheets through a column mapping. Not an API; it may change in any release.
 */
@NullMarked
package eu.clusterdata.tabular.internal;

import org.jspecify.annotations.NullMarked;

package eu.clusterdata.tabular.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How tables are written.
 *
 * @param separator the separator of CSV cells: a comma, or a semicolon for Excel set to German
 * @param titles the language of the sheets' and columns' titles for people, or {@code null} for the
 *     layout's names and field paths
 * @param everySheet whether every sheet of the layout is written, even one the profiles leave empty
 *     (a template), rather than only the {@code clusters} sheet and those the profiles use
 */
public record TableOptions(char separator, @Nullable Locale titles, boolean everySheet) {}

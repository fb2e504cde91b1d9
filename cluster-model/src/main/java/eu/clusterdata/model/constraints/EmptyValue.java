package eu.clusterdata.model.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the constant of a model record type that stands for "nothing known", such as {@code
 * Location.UNKNOWN} or {@code DateRange.ALWAYS}: a component of that type that is absent from a
 * document takes this value, and writers leave it out. Put it on one {@code public static final}
 * field of the record's own type.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface EmptyValue {}

package org.liens.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Liens: generated {@code ImmutableX} classes with {@code withX} copies and a
 * builder. Builders exist so that storage adapters can rebuild an aggregate exactly as stored; hosts change
 * aggregates only through their methods, which enforce the rules and emit events.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // no @Generated or other classpath annotations: hosts compile against the generated classes without Immutables
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface LiensStyle {}

package org.liens.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Liens: generated {@code ImmutableX} classes with a builder and no {@code withX}
 * copies. Builders exist so that storage adapters can rebuild an aggregate exactly as stored (every invariant is
 * still checked); hosts change aggregates only through their commands, which enforce the rules and emit events.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // no withX: aggregates change only through their commands; builders remain for storage adapters
    defaults = @Value.Immutable(copy = false),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // no @Generated or other classpath annotations: hosts compile against the generated classes without Immutables
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface LiensStyle {}

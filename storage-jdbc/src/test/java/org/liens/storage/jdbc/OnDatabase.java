package org.liens.storage.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database a concrete test class runs on. The abstract test classes read it; an unreachable server skips the
 * class (printing why), or fails it under {@code CI=true}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@interface OnDatabase {
  TestDatabase value();
}

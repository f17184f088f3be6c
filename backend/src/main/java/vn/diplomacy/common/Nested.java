package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding another bean of parameters (such as {@link RollUp}) inside a filters or report bean: its
 * {@link Filter}s are read and documented with the outer bean's. (A nested {@code @BeanParam} would be taken for a CDI
 * injection point.)
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Nested {}

package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the organization a record kind belongs to, the one {@link Scope} checks: the entity's field holding that
 * organization's id. A record inside another one (its {@code @Recorded} parent) shares its parent's home. Lists read
 * through {@link FilterSet} keep only the caller's records without more code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HomeOrganization {
    String value();
}

package vn.diplomacy.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What {@code q} (see {@link Searchable}) and {@code updatedSince} mean for one list, on its filters bean. Without
 * it: the record's own accent-folded {@code searchText} and its {@code updatedAt}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ListSearch {
    /** The condition for {@code q}, with {@code :q} the LIKE pattern over folded text. */
    String value() default "searchText like :q";

    /** The entity path of the last change. */
    String updatedAt() default "updatedAt";
}

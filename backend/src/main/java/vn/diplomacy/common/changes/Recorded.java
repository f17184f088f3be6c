package vn.diplomacy.common.changes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose creates, changes and deletes are recorded (history, change feed) by {@link ChangeListener}, in
 * the transaction that makes them. The kind is the API's name for it, singular ({@code /aid-commitments} →
 * {@code aid-commitment}). A record inside another one names its parent: its changes appear in the parent's history,
 * and mark the parent as changed (its {@code updatedAt} and an UPDATED event in the feed).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Recorded {
    String value();

    /** The parent's entity class, for a record inside another one. */
    Class<?> parent() default void.class;

    /** The field holding the parent's id. */
    String parentId() default "";

    /** For a record that can sit in any kind of record (an attachment): the field holding its parent's kind. */
    String parentKind() default "";

    /** Fields whose values are never written into the history (a password hash): only that they changed. */
    String[] secret() default {};
}

package vn.diplomacy.common;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Hibernate;
import vn.diplomacy.common.changes.Recorded;

/**
 * The organization subtree a caller works in: a user or API key with {@code scopeOrganizationId} reads and writes the
 * records whose home organization is that organization or one below it; without one (a national caller) everything.
 * Organizations carry their ancestors' ids ({@code treePath}), so "below" is one indexed prefix test. Nothing is kept
 * beyond the request: another replica answers the next one alike.
 */
@RequestScoped
public class Scope {
    /** The identity attribute carrying the scope's organization id (a Long), set at authentication. */
    public static final String ATTRIBUTE = "scopeOrganizationId";

    /** Opens the JPQL subquery for an organization's province (the top of its tree): close it after the id. */
    public static final String PROVINCE_OF = "(select coalesce(po.rootId, po.id) from Organization po where po.id = ";

    public static final String WITHIN_DESCRIPTION = "Only records whose home organization is this organization or one"
            + " below it (or a unit merged into one of those): one province, or one unit, compared with the whole"
            + " (within the caller's own scope)";

    private final SecurityIdentity identity;
    private final EntityManager em;
    private final Map<Long, Boolean> covered = new HashMap<>();
    private Subtree subtree;

    Scope(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    /** The caller's scope in a request; null outside one (start-up steps and jobs act nationally). */
    public static Scope current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(Scope.class).get();
    }

    /** The record itself, or a 403 when its home lies outside the caller's scope (no request: no check). */
    public static <E> E readable(E record) {
        Scope scope = current();
        if (scope != null && !scope.national()) {
            Object entity = Hibernate.unproxy(record);
            HomeOrganization home = entity.getClass().getAnnotation(HomeOrganization.class);
            if (home != null) {
                scope.require(homeOf(entity, home), home.value());
            }
        }
        return record;
    }

    /** The scope given to a user or key: an existing organization (else 400) in the caller's own scope (else 403). */
    public static void assignable(Long organizationId, String field) {
        Scope scope = current();
        if (organizationId != null && scope != null && scope.ref(organizationId) == null) {
            throw ProblemException.invalid(field, "organization " + organizationId + " does not exist");
        }
        writable(organizationId, field);
    }

    /** A 403 unless the organization a write names (in {@code field}) lies in the caller's scope. */
    public static void writable(Long organizationId, String field) {
        Scope scope = current();
        if (scope != null) {
            scope.require(organizationId, field);
        }
    }

    /**
     * A record's home organization: its own ({@link HomeOrganization}) or, for a record inside another, its parent's,
     * loaded by {@code find}; null when it has none.
     */
    public static Long homeOf(Object record, java.util.function.BiFunction<Class<?>, Object, Object> find) {
        Object entity = Hibernate.unproxy(record);
        HomeOrganization home = entity.getClass().getAnnotation(HomeOrganization.class);
        if (home != null) {
            return homeOf(entity, home);
        }
        Recorded recorded = entity.getClass().getAnnotation(Recorded.class);
        if (recorded == null || recorded.parent() == void.class) {
            return null;
        }
        Object parentId = get(entity, recorded.parentId());
        Object parent = parentId == null ? null : find.apply(recorded.parent(), parentId);
        return parent == null ? null : homeOf(parent, find);
    }

    private static Long homeOf(Object entity, HomeOrganization home) {
        return (Long) get(entity, home.value());
    }

    private static Object get(Object entity, String field) {
        // Panache turns public fields into accessors: read through the getter it generates.
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        try {
            return entity.getClass().getMethod(getter).invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(entity.getClass() + " has no getter for " + field, e);
        }
    }

    public Long organizationId() {
        Object value = identity.isAnonymous() ? null : identity.getAttribute(ATTRIBUTE);
        return value instanceof Long id ? id : null;
    }

    public boolean national() {
        return organizationId() == null;
    }

    /** Whether the organization lies in the caller's subtree: always for a national caller, never for none. */
    public boolean covers(Long organizationId) {
        if (national()) {
            return true;
        }
        if (organizationId == null) {
            return false;
        }
        return covered.computeIfAbsent(organizationId, id -> {
            var query = em.createQuery(
                    "select o.id from Organization o where o.id = :id and o.id in "
                            + subtree().jpql(),
                    Long.class);
            subtree().params().forEach(query::setParameter);
            return !query.setParameter("id", id).getResultList().isEmpty();
        });
    }

    /** A 403 naming the scope unless the organization (held by {@code field}) lies in it. */
    public void require(Long organizationId, String field) {
        if (!covers(organizationId)) {
            throw outside(field, organizationId);
        }
    }

    /** A 403 for a national caller's work (shared reference data, the audit log) asked by a scoped one. */
    public static void nationalOnly(String what) {
        Scope scope = current();
        if (scope != null) {
            scope.requireNational(what);
        }
    }

    private void requireNational(String what) {
        if (!national()) {
            throw ProblemException.coded(
                    ProblemType.FORBIDDEN,
                    "national-only",
                    Map.of("what", what, "scope", scopeName()),
                    what + " is kept by national users; your account works within " + scopeName());
        }
    }

    /** Keeps rows whose {@code field} (an organization id) lies in the caller's subtree, or that are {@code shared}. */
    public Where restrict(Where where, String field, String shared) {
        if (!national()) {
            where.and(
                    "(" + shared + " or " + field + " in " + subtree().jpql() + ")",
                    subtree().params());
        }
        return where;
    }

    /** Keeps the rows of an entity that names its home ({@link HomeOrganization}) to the caller's subtree. */
    public Where restrict(Where where, Class<?> entity, String alias) {
        if (entity == null || national() || home(entity) == null) {
            return where;
        }
        return where.and(homeIn(entity, alias, subtree().jpql()), subtree().params());
    }

    /** The entity that names the home: this one, or the parent (grandparent…) it is recorded in. */
    private static Class<?> home(Class<?> entity) {
        if (entity.isAnnotationPresent(HomeOrganization.class)) {
            return entity;
        }
        Recorded recorded = entity.getAnnotation(Recorded.class);
        return recorded == null || recorded.parent() == void.class ? null : home(recorded.parent());
    }

    /** Whether the entity's rows have a home organization (their own or their parent's). */
    static boolean hasHome(Class<?> entity) {
        return entity != null && home(entity) != null;
    }

    /** JPQL keeping the entity's rows whose home is among {@code organizations} (a subquery of organization ids). */
    static String homeIn(Class<?> entity, String alias, String organizations) {
        HomeOrganization home = entity.getAnnotation(HomeOrganization.class);
        if (home != null) {
            return alias + home.value() + " in " + organizations;
        }
        Recorded recorded = entity.getAnnotation(Recorded.class);
        String parent = recorded.parent().getSimpleName();
        String inner = "s" + parent;
        return alias + recorded.parentId() + " in (select " + inner + ".id from " + parent + " " + inner + " where "
                + homeIn(recorded.parent(), inner + ".", organizations) + ")";
    }

    /** An organization's id and name as a scope is shown ("Ủy ban nhân dân tỉnh Hà Tĩnh"); null for none. */
    public Ref ref(Long id) {
        if (id == null) {
            return null;
        }
        return em.createQuery("select o.name from Organization o where o.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(name -> new Ref(id, name))
                .orElse(null);
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            name = "ScopeRef",
            description = "The organization whose subtree a user or key works in")
    public record Ref(Long id, String name) {}

    public String scopeName() {
        Long id = organizationId();
        if (id == null) {
            return "the whole country";
        }
        return em.createQuery("select o.name from Organization o where o.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse("organization " + id);
    }

    private ProblemException outside(String field, Long organizationId) {
        String what =
                organizationId == null ? "a record without a home organization" : "organization " + organizationId;
        return ProblemException.coded(
                ProblemType.FORBIDDEN,
                "outside-scope",
                Map.of(
                        "field",
                        field,
                        "organizationId",
                        organizationId == null ? "" : organizationId,
                        "scope",
                        scopeName()),
                "Your account works within " + scopeName() + " and the units below it; " + field + " names " + what
                        + ", outside that scope");
    }

    /** The caller's subtree, with the units merged into it (a scope whose organization is gone covers nothing). */
    private Subtree subtree() {
        if (subtree == null) {
            subtree = Subtree.of(em, organizationId(), "scope");
        }
        return subtree;
    }
}

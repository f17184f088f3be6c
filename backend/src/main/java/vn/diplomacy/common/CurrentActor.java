package vn.diplomacy.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/** Name recorded in created_by/updated_by: the caller, or "system" for start-up jobs. */
public final class CurrentActor {
    public static final String SYSTEM = "system";

    private CurrentActor() {}

    public static String name() {
        try (InstanceHandle<SecurityIdentity> handle = Arc.container().instance(SecurityIdentity.class)) {
            SecurityIdentity identity = handle.get();
            if (identity == null || identity.isAnonymous()) {
                return SYSTEM;
            }
            return identity.getPrincipal().getName();
        } catch (RuntimeException noRequest) {
            // No request scope (start-up, scheduler): the system acts.
            return SYSTEM;
        }
    }
}

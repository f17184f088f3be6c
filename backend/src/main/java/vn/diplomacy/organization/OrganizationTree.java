package vn.diplomacy.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import vn.diplomacy.common.Scope;

/**
 * Where an organization sits: its ancestors' ids ({@code treePath}) and its root (a Vietnamese unit's province),
 * kept on every write so that scopes and the province roll-up are one indexed test; and who may write it. Units in
 * Vietnam are written within the caller's scope; foreign partners and NGOs are a registry every editor adds to, but
 * only national users change or delete an entry outside their scope.
 */
@ApplicationScoped
class OrganizationTree {
    static final String HOME_COUNTRY = "VN";

    private final OrganizationRepository organizations;

    OrganizationTree(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** Before a change of {@code existing} (null when creating) to one under {@code parentId} in {@code country}. */
    void checkWrite(Organization existing, Long parentId, String country) {
        if (existing != null) {
            Scope.writable(existing.id, "id");
        }
        boolean moved = existing == null || !Objects.equals(existing.parentId, parentId);
        if (moved && (HOME_COUNTRY.equals(country) || parentId != null)) {
            Scope.writable(parentId, "parentId");
        }
    }

    /** Sets the organization's place from its parent; after a move, its whole subtree follows. */
    void place(Organization organization) {
        String oldPath = organization.treePath;
        organization.placeUnder(organization.parentId == null ? null : organizations.findById(organization.parentId));
        if (organization.id != null && oldPath != null && !oldPath.equals(organization.treePath)) {
            String oldPrefix = oldPath + organization.id + "/";
            organizations.update(
                    "treePath = concat(:prefix, substring(treePath, :cut)), rootId = :root where treePath like :old",
                    Map.of(
                            "prefix", organization.treePath + organization.id + "/",
                            "cut", oldPrefix.length() + 1,
                            "root", organization.rootId == null ? organization.id : organization.rootId,
                            "old", oldPrefix + "%"));
        }
    }
}

package vn.diplomacy.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "user", secret = "passwordHash")
@HomeOrganization("scopeOrganizationId")
@Entity
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {
    @Column(unique = true)
    public String username;

    public String displayName;
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean enabled = true;

    /** Carried in every token; raising it (password change or reset) revokes the tokens issued before. */
    public long tokenGeneration;

    /** Set for the bootstrap admin: until the password is changed, the account may only change it. */
    public boolean passwordChangeRequired;

    /** The organization subtree the account works in; null: national. */
    public Long scopeOrganizationId;

    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(username, displayName);
    }
}

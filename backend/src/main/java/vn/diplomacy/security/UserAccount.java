package vn.diplomacy.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "app_user")
public class UserAccount extends AuditedEntity {
    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Carried in every token; raising it (password change or reset) revokes the tokens issued before. */
    @Column(name = "token_generation", nullable = false)
    public long tokenGeneration;

    /** Set for the bootstrap admin: until the password is changed, the account may only change it. */
    @Column(name = "password_change_required", nullable = false)
    public boolean passwordChangeRequired;

    @Column(name = "search_text")
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(username, displayName);
    }
}

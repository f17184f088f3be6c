package vn.diplomacy.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "api-key", secret = "keyHash")
@HomeOrganization("scopeOrganizationId")
@Entity
@Table(name = "api_key")
public class ApiKey extends AuditedEntity {
    public String name;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** The first characters of the secret, shown so that people can tell keys apart. */
    public String prefix;

    /** SHA-256 of the secret; the secret itself is never stored. */
    @Column(unique = true)
    public String keyHash;

    public Instant lastUsedAt;

    /** The last day (offices' time zone) on which the key works; null: until revoked. */
    @Column(name = "expires_on")
    public java.time.LocalDate expiresOn;

    public Instant revokedAt;
    /** The organization subtree the account works in; null: national. */
    public Long scopeOrganizationId;

    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(name, prefix);
    }
}

package vn.diplomacy.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {
    @Column(nullable = false)
    public String name;

    @Column(name = "local_name")
    public String localName;

    /** What offices call it for short (UBND, SNV, LHH), found by the free-text search. */
    public String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationType type;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Column(name = "parent_id")
    public Long parentId;

    public String website;
    public String email;
    public String phone;
    public String notes;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(name, localName, acronym);
    }
}

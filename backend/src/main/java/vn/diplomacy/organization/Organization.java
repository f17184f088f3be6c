package vn.diplomacy.organization;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded("organization")
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {
    public String name;
    public String localName;

    /** What offices call it for short (UBND, SNV, LHH), found by the free-text search. */
    public String acronym;

    /** Other names (Vietnamese exonyms, local script, former names), found by the free-text search. */
    @Convert(converter = OrganizationNamesConverter.class)
    public List<OrganizationDtos.OtherName> names = List.of();

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    public String countryCode;
    public Long parentId;
    public String website;
    public String email;
    public String phone;
    public String notes;
    public String searchText;

    /** An administrative unit's first and last day; null when open (most units, and every non-government body). */
    public LocalDate validFrom;

    public LocalDate validTo;

    /** The unit this one was merged into when it ended: reports "as of" a later date count its records there. */
    public Long successorId;

    /** The ancestors' ids, root first ("/4/17/"; "/" for a root): a scope is a subtree, found by prefix. */
    public String treePath;

    /** The top of the tree (a Vietnamese unit's province); null for a root itself. */
    public Long rootId;

    /** Puts the organization under {@code parent} (null: a root), taking its place in the tree from it. */
    public void placeUnder(Organization parent) {
        parentId = parent == null ? null : parent.id;
        treePath = parent == null ? "/" : parent.treePath + parent.id + "/";
        rootId = parent == null ? null : parent.rootId == null ? parent.id : parent.rootId;
    }

    @Override
    protected void refreshDerived() {
        String[] parts = new String[3 + (names == null ? 0 : names.size())];
        parts[0] = name;
        parts[1] = localName;
        parts[2] = acronym;
        for (int i = 3; i < parts.length; i++) {
            parts[i] = names.get(i - 3).name();
        }
        searchText = SearchText.of(parts);
    }
}

package vn.diplomacy.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "agreement")
public class Agreement extends AuditedEntity {
    @Column(name = "partnership_id", nullable = false)
    public Long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    public String signatories;

    @Column(name = "document_url")
    public String documentUrl;

    public String notes;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(code, title, signatories);
    }
}

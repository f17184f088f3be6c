package vn.diplomacy.activity;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.SetColumn;
import vn.diplomacy.common.changes.Recorded;
import vn.diplomacy.partnership.CooperationField;
import vn.diplomacy.partnership.Pillar;

/** A people-to-people activity or an international conference organized (or joined) by a home organization. */
@Recorded("activity")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;
    public LocalDate startDate;
    public LocalDate endDate;
    public String place;
    public String countryCode;
    public Long homeOrganizationId;

    @Convert(converter = SetColumn.Ids.class)
    public Set<Long> partnerOrganizationIds = new TreeSet<>();

    public Long partnershipId;

    @Convert(converter = Pillars.class)
    public Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @Convert(converter = Fields.class)
    public Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    public Integer participantsVietnamese;
    public Integer participantsForeign;

    /** The named persons of the registry who took part. */
    @Convert(converter = SetColumn.Ids.class)
    public Set<Long> personIds = new TreeSet<>();

    public BigDecimal budgetAmount;
    public String budgetCurrency;
    public String description;
    public String outcome;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    public String cancellationReason;

    // A congratulatory message, a gift or donation.
    @Enumerated(EnumType.STRING)
    public MessageOccasion occasion;

    @Enumerated(EnumType.STRING)
    public ExchangeDirection exchangeDirection;

    public String sender;
    public String recipient;

    // A handover or repatriation ceremony.
    public String season;
    public Integer setsFound;
    public Integer setsIdentified;

    // A twinning review.
    public String agreedPoints;
    public String assessment;

    // A conference (QĐ 06/2020): application, opinions, permission, result report.
    @Enumerated(EnumType.STRING)
    public ConferenceCompetence competence;

    public LocalDate applicationDueOn;
    public LocalDate applicationSentOn;
    public LocalDate opinionsRequestedOn;
    public LocalDate opinionsReceivedOn;
    public String permissionNumber;
    public LocalDate permissionDate;
    public LocalDate reportDueOn;
    public LocalDate reportSentOn;

    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, place, description, sender, recipient);
    }

    @jakarta.persistence.Converter
    static class Pillars extends SetColumn.Enums<Pillar> {
        Pillars() {
            super(Pillar.class);
        }
    }

    @jakarta.persistence.Converter
    static class Fields extends SetColumn.Enums<CooperationField> {
        Fields() {
            super(CooperationField.class);
        }
    }
}

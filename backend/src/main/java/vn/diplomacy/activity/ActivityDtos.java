package vn.diplomacy.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.CountryCodes.CountryCode;
import vn.diplomacy.common.CrossField;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordView;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.partnership.CooperationField;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;
import vn.diplomacy.partnership.Pillar;
import vn.diplomacy.person.PersonDtos.PersonRef;

public final class ActivityDtos {
    private ActivityDtos() {}

    @Schema(
            name = "ActivityExchange",
            description = "A congratulatory message (occasion required) or a gift/donation: who sent it to whom."
                    + " Attach the letter as a file.")
    public record Exchange(
            @NotNull @Schema(examples = "SENT") ExchangeDirection direction,
            @Schema(examples = "NEW_YEAR") MessageOccasion occasion,

            @Size(max = 300) @Schema(examples = "Chủ tịch UBND tỉnh Lai Châu")
            String sender,

            @Size(max = 300) @Schema(examples = "Tỉnh trưởng tỉnh Phongsaly")
            String recipient) {}

    @Schema(
            name = "ActivityRepatriation",
            description = "A handover or repatriation ceremony of remains: the dry season, sets found and identified.")
    public record Repatriation(
            @Size(max = 100) @Schema(examples = "2025–2026") String season,

            @PositiveOrZero @Max(100000) @Schema(examples = "12")
            Integer setsFound,

            @PositiveOrZero @Max(100000) @Schema(description = "At most setsFound", examples = "3")
            Integer setsIdentified) {}

    @Schema(name = "ActivityTwinningReview", description = "A twinning review: the agreed points and their assessment.")
    public record TwinningReview(
            @Size(max = 10000) @Schema(examples = "6 nội dung: giữ gìn an ninh biên giới; giao lưu văn hóa…")
            String agreedPoints,

            @Size(max = 20000) String assessment) {}

    @Schema(
            name = "ActivityConference",
            description = "An international conference or seminar (QĐ 06/2020/QĐ-TTg): the application is due 40 days"
                    + " before (Prime Minister's competence) or 30 (other competent persons); the result report after.")
    @CrossField.Ordered(first = "opinionsRequestedOn", second = "opinionsReceivedOn")
    public record Conference(
            @NotNull @Schema(examples = "OTHER_AUTHORITY") ConferenceCompetence competence,

            @Schema(description = "The day the application was sent")
            LocalDate applicationSentOn,

            LocalDate opinionsRequestedOn,
            LocalDate opinionsReceivedOn,

            @Size(max = 100) @Schema(description = "The permission decision's number", examples = "215/UBND-NgV")
            String permissionNumber,

            @Schema(description = "With permissionNumber") LocalDate permissionDate,

            @Schema(description = "The day the result report was sent")
            LocalDate reportSentOn) {}

    @Schema(name = "ActivityInput", description = "What a client sends to record or edit an activity.")
    @CrossField.Ordered(first = "startDate", second = "endDate")
    public record ActivityInput(
            @NotNull @Schema(examples = "FRIENDSHIP_EXCHANGE")
            ActivityKind kind,

            @NotBlank
            @Size(max = 300)
            @Schema(examples = "Giao lưu hữu nghị nhân dịp Tết cổ truyền Bunpimay với tỉnh Phongsaly")
            String title,

            @NotNull @Schema(examples = "2026-04-13") LocalDate startDate,

            @NotNull @Schema(description = "On or after startDate", examples = "2026-04-14")
            LocalDate endDate,

            @Size(max = 300) @Schema(examples = "Thành phố Lai Châu")
            String place,

            @CountryCode @Schema(description = "Where it takes place (ISO 3166-1 alpha-2)", examples = "VN")
            String countryCode,

            @NotNull @Positive @Schema(description = "The organizer (its scope)", examples = "2")
            Long homeOrganizationId,

            @Size(max = 50) @Schema(description = "The foreign partners taking part", examples = "[12]")
            Set<@NotNull @Positive Long> partnerOrganizationIds,

            @Positive @Schema(description = "Optional; the partnership must be the organizer's")
            Long partnershipId,

            Set<@NotNull Pillar> pillars,
            Set<@NotNull CooperationField> fields,

            @PositiveOrZero @Max(10_000_000) @Schema(examples = "120")
            Integer participantsVietnamese,

            @PositiveOrZero @Max(10_000_000) @Schema(examples = "45")
            Integer participantsForeign,

            @Size(max = 200) @Schema(description = "Persons of the registry who took part", examples = "[3]")
            Set<@NotNull @Positive Long> personIds,

            @Valid Money budget,
            @Size(max = 20000) String description,

            @Size(max = 20000) @Schema(description = "What came of it (the highlights of the report)")
            String outcome,

            @Schema(
                    description = "PLANNED when absent; HELD only once started (not in the future); CANCELLED needs a"
                            + " cancellationReason",
                    examples = "HELD")
            ActivityStatus status,

            @Size(max = 1000) String cancellationReason,

            @Valid @Schema(description = "Only for CONGRATULATORY_MESSAGE (required) and GIFT_DONATION")
            Exchange exchange,

            @Valid @Schema(description = "Only for REPATRIATION_CEREMONY")
            Repatriation repatriation,

            @Valid @Schema(description = "Only for TWINNING_REVIEW")
            TwinningReview twinningReview,

            @Valid @Schema(description = "Only for CONFERENCE (required)")
            Conference conference) {}

    @Schema(name = "Activity")
    public record ActivityView(
            Long id,
            ActivityKind kind,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String place,
            String countryCode,
            Long homeOrganizationId,
            OrganizationRef home,
            Set<Long> partnerOrganizationIds,
            List<OrganizationRef> partners,
            Long partnershipId,
            PartnershipRef partnership,
            Set<Pillar> pillars,
            Set<CooperationField> fields,
            Integer participantsVietnamese,
            Integer participantsForeign,
            Set<Long> personIds,
            List<PersonRef> persons,
            Money budget,
            String description,
            String outcome,
            ActivityStatus status,
            String cancellationReason,
            Exchange exchange,
            Repatriation repatriation,
            TwinningReview twinningReview,
            Conference conference,

            @Schema(description = "A conference: startDate minus the days of its competence (40 or 30)")
            LocalDate applicationDueOn,

            @Schema(description = "A conference: endDate plus the days for the result report")
            LocalDate reportDueOn,

            @Schema(description = "What needs attention now (counted from today in the offices' time zone)")
            List<ActivityAlert> alerts,

            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements RecordView {}

    @Schema(name = "ActivityRules", description = "The office's settings for conferences and anniversaries.")
    public record RulesView(
            @Schema(examples = "40") int conferenceApplicationDaysPrimeMinister,
            @Schema(examples = "30") int conferenceApplicationDaysOther,
            @Schema(examples = "15") int conferenceReportDueDays,
            @Schema(examples = "7") int messageDueDays) {}
}

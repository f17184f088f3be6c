package vn.diplomacy.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.Money;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;

public final class PeriodicReportDtos {
    private PeriodicReportDtos() {}

    @Schema(name = "PeriodicCount", description = "One group of a section: its code, its name, how many.")
    public record Count(
            @Schema(examples = "FRIENDSHIP_EXCHANGE") String key,
            @Schema(examples = "Giao lưu hữu nghị") String label,
            @Schema(examples = "5") long count,

            @Schema(description = "Members (delegations) or participants (activities)", examples = "41")
            long people) {}

    @Schema(name = "PeriodicHighlight", description = "An activity held, as the report's highlights list it.")
    public record Highlight(Long id, LocalDate startDate, String kind, String title, String outcome) {}

    @Schema(name = "PeriodicActivities", description = "Activities HELD that overlap the period (the activity list).")
    public record Activities(
            @Schema(examples = "17") long total,
            long participantsVietnamese,
            long participantsForeign,
            List<Count> byKind,

            @Schema(description = "The held conferences (kind CONFERENCE)")
            long conferences,

            List<Highlight> highlights) {}

    @Schema(
            name = "PeriodicDelegations",
            description =
                    "Delegations COMPLETED (held, with their report) that overlap the period (the delegation list)")
    public record Delegations(
            long total, long members, long incoming, long outgoing, List<Count> byLevel, List<Count> byCountry) {}

    @Schema(name = "PeriodicPartnerships")
    public record Partnerships(
            @Schema(description = "Partnerships active on the period's last day")
            long active,

            @Schema(description = "Agreements signed in the period")
            long agreementsSigned,

            @Schema(description = "Agreements expiring in the period")
            long agreementsExpiring) {}

    @Schema(name = "PeriodicNgos", description = "Foreign NGOs in the period's last year (the NGO presence report)")
    public record Ngos(int year, int registered, int active) {}

    @Schema(name = "PeriodicAidGroup")
    public record AidGroup(String key, String label, long projects, Money committed, Money disbursed) {}

    @Schema(
            name = "PeriodicAid",
            description = "Aid committed in the period (by commitment date) and disbursed in it (by payment date),"
                    + " converted to the report currency; counterpart funds apart (the aid report)")
    public record Aid(
            String currency,
            long projects,
            Money committed,
            Money disbursed,
            List<Money> counterpartFunding,
            List<AidGroup> byDonor,
            List<AidGroup> byDonorCountry,
            List<AidGroup> bySector,
            List<AidGroup> byLocality) {}

    @Schema(name = "PeriodicTrainingGroup")
    public record TrainingGroup(String key, String label, long courses, long trainees, long completions) {}

    @Schema(name = "PeriodicTraining", description = "Trainees of courses overlapping the period (the training report)")
    public record Training(long trainees, long completions, List<TrainingGroup> byTopic) {}

    @Schema(
            name = "PeriodicStays",
            description = "Foreigners' stays overlapping the period (the stay list): Lao students, volunteers…;"
                    + " each group's people are the distinct persons")
    public record Stays(
            @Schema(examples = "168") long total,
            @Schema(description = "Distinct persons") long persons,
            List<Count> byKind,
            List<Count> byNationality) {}

    @Schema(name = "PeriodicSections", description = "One object per section of the report.")
    public record Sections(
            Activities activities,
            Delegations delegations,
            Partnerships partnerships,
            Ngos ngos,
            Aid aid,
            Training training,
            Stays stays) {}

    @Schema(name = "PeriodicReport")
    public record Report(
            @Schema(examples = "2016-01-01") LocalDate from,
            @Schema(examples = "2016-12-31") LocalDate to,

            @Schema(description = "The home organization whose subtree is counted; absent: every province")
            OrganizationRef scope,

            @Schema(examples = "Báo cáo kết quả công tác đối ngoại nhân dân năm 2016")
            String title,

            LocalDate issuedOn,
            Sections current,

            @Schema(description = "With compare=true: the period of the same length just before")
            LocalDate previousFrom,

            LocalDate previousTo,
            Sections previous) {}
}

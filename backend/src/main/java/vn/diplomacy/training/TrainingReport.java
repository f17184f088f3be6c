package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.ListSearch;
import vn.diplomacy.common.Localities;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RollUp;
import vn.diplomacy.common.ScopedSearchable;
import vn.diplomacy.common.Where;

/**
 * Trainees (participants holding a seat: REGISTERED or COMPLETED) and completions, grouped in the database. Cancelled
 * courses and cancelled or waitlisted participants are not trainees.
 */
@ApplicationScoped
public class TrainingReport {
    private final TrainingParticipantRepository participants;

    TrainingReport(TrainingParticipantRepository participants) {
        this.participants = participants;
    }

    public enum GroupBy {
        YEAR(
                "str(year(c.startDate))",
                "str(year(c.startDate))",
                "left join Organization o on o.id = c.organizerOrganizationId"),
        TOPIC("str(c.topic)", "str(c.topic)", "left join Organization o on o.id = c.organizerOrganizationId"),
        ORGANIZER(
                "str(c.organizerOrganizationId)",
                "o.name",
                "left join Organization o on o.id = c.organizerOrganizationId"),
        PARTICIPANT_ORGANIZATION("coalesce(p.organizationName, '')", "coalesce(p.organizationName, '')", ""),
        /** The top of the organizer's tree: its province. */
        PROVINCE(
                "str(r.id)",
                "r.name",
                "left join Organization o on o.id = c.organizerOrganizationId"
                        + " left join Organization r on r.id = coalesce(o.rootId, o.id)");

        final String key;
        final String label;
        final String join;

        GroupBy(String key, String label, String join) {
            this.key = key;
            this.label = label;
            this.join = join;
        }
    }

    @Schema(name = "TrainingReportRow")
    public record Row(
            @Schema(examples = "2023") String key,
            @Schema(examples = "2023") String label,

            @Schema(description = "Courses with at least one trainee in this group", examples = "3")
            long courses,

            @Schema(examples = "200") long trainees,
            @Schema(examples = "184") long completions) {}

    @Schema(name = "TrainingReport")
    public record Report(String groupBy, List<Row> rows, long totalTrainees, long totalCompletions) {}

    /** The report's parameters, each declared once (see common.Filter); over courses c and their participants p. */
    @ListSearch(value = "c.searchText like :q", updatedAt = "c.updatedAt")
    public static class Query extends ScopedSearchable {
        @QueryParam("groupBy")
        @Parameter(
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"year", "topic", "organizer", "participantOrganization", "province"},
                                defaultValue = "year"))
        public String groupBy;

        @Filter(value = "c.endDate >= :from", description = "Courses ending on or after this date")
        public LocalDate from;

        @Filter(
                value = "c.startDate <= :to",
                notBefore = "from",
                description = "Courses starting on or before this date")
        public LocalDate to;

        @Filter("c.topic = :topic")
        public TrainingTopic topic;

        @Filter("c.organizerOrganizationId = :organizerOrganizationId")
        public Long organizerOrganizationId;

        @vn.diplomacy.common.Nested
        public RollUp rollUp = new RollUp();
    }

    @Transactional
    public Report report(PageParams params, Query parameters) {
        Filtered f = FilterSet.read(params, ListQuery.sortable(TrainingCourse.class, "key"), parameters);
        String raw = parameters.groupBy == null || parameters.groupBy.isBlank() ? null : parameters.groupBy.trim();
        GroupBy groupBy = switch (raw == null ? "year" : raw) {
            case "year" -> GroupBy.YEAR;
            case "topic" -> GroupBy.TOPIC;
            case "organizer" -> GroupBy.ORGANIZER;
            case "participantOrganization" -> GroupBy.PARTICIPANT_ORGANIZATION;
            case "province" -> GroupBy.PROVINCE;
            default ->
                throw ProblemException.invalid(
                        "groupBy", "must be one of year, topic, organizer, participantOrganization, province");
        };
        boolean rolled = (groupBy == GroupBy.PROVINCE || groupBy == GroupBy.ORGANIZER)
                && parameters.rollUp != null
                && parameters.rollUp.asOf != null;
        // As of a day, organizers are counted in the units they became: grouped by organizer first, then folded.
        if (rolled) {
            groupBy = GroupBy.ORGANIZER;
        }
        Where where = f.where()
                .and("c.status <> :cancelled", "cancelled", CourseStatus.CANCELLED)
                .and("p.status in :seated", "seated", ParticipantStatus.SEATED);
        var query = participants
                .getEntityManager()
                .createQuery(
                        "select " + groupBy.key + ", " + "min(" + groupBy.label + "),"
                                + " count(distinct c.id), count(p), sum(case when p.status = :completed then 1 else 0 end)"
                                + " from TrainingParticipant p join TrainingCourse c on c.id = p.courseId "
                                + groupBy.join
                                + " where " + where.jpql() + " group by " + groupBy.key + " order by 1",
                        Object[].class);
        where.params().forEach(query::setParameter);
        query.setParameter("completed", ParticipantStatus.COMPLETED);
        List<Row> rows = query.getResultList().stream()
                .map(r -> new Row(
                        String.valueOf(r[0]),
                        r[1] == null ? null : String.valueOf(r[1]),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        r[4] == null ? 0 : ((Number) r[4]).longValue()))
                .toList();
        if (rolled) {
            Localities asOf = parameters.rollUp.localities(
                    participants.getEntityManager(),
                    rows.stream().map(r -> Localities.id(r.key())).toList());
            rows = fold(rows, "province".equals(raw) ? asOf::province : asOf::unit);
        }
        return new Report(
                raw == null ? "year" : raw,
                rows,
                rows.stream().mapToLong(Row::trainees).sum(),
                rows.stream().mapToLong(Row::completions).sum());
    }

    /** Rows by organizer id folded into the units {@code map} gives, labelled with those units' names. */
    private List<Row> fold(List<Row> rows, java.util.function.Function<Long, Long> map) {
        Map<Long, Row> folded = Localities.fold(
                rows,
                r -> Localities.id(r.key()),
                map,
                (a, b) -> new Row(
                        a.key(),
                        a.label(),
                        a.courses() + b.courses(),
                        a.trainees() + b.trainees(),
                        a.completions() + b.completions()));
        Map<Long, String> names = Localities.names(participants.getEntityManager(), folded.keySet());
        return folded.entrySet().stream()
                .map(e -> new Row(
                        String.valueOf(e.getKey()),
                        names.get(e.getKey()),
                        e.getValue().courses(),
                        e.getValue().trainees(),
                        e.getValue().completions()))
                .sorted(java.util.Comparator.comparing(Row::key, Localities.BY_ID))
                .toList();
    }
}

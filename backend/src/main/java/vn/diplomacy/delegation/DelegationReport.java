package vn.diplomacy.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.Localities;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RollUp;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Where;

/** Counts of delegations grouped in the database (GROUP BY), with the same filters as the list. */
@ApplicationScoped
public class DelegationReport {
    private final DelegationService service;
    private final DelegationRepository delegations;

    DelegationReport(DelegationService service, DelegationRepository delegations) {
        this.service = service;
        this.delegations = delegations;
    }

    public enum GroupBy {
        MONTH(
                "concat(str(year(startDate)), '-', case when month(startDate) < 10 then '0' else '' end, str(month(startDate)))"),
        COUNTRY("countryCode"),
        DIRECTION("str(direction)"),
        STATUS("str(status)"),
        LEVEL("str(level)"),
        /** The top of the home organization's tree: its province (labelled with the organization's name). */
        PROVINCE(Scope.PROVINCE_OF + "homeOrganizationId)");

        final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    /** The report's own parameters, beside the list's filters. */
    public static class Options {
        @QueryParam("groupBy")
        @Parameter(
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"month", "country", "direction", "status", "level", "province"},
                                defaultValue = "month"))
        public String groupBy;

        @vn.diplomacy.common.Nested
        public RollUp rollUp = new RollUp();
    }

    @Schema(name = "DelegationReportRow")
    public record Row(
            @Schema(examples = "2024-06") String key,

            @Schema(
                    description = "For groupBy=province: the province's organization name",
                    examples = "Ủy ban nhân dân tỉnh Hà Tĩnh")
            String label,

            @Schema(examples = "7") long delegations,

            @Schema(description = "Members of those delegations", examples = "41")
            long members) {}

    @Schema(name = "DelegationReport")
    public record Report(String groupBy, List<Row> rows, long totalDelegations, long totalMembers) {}

    @Transactional
    public Report report(PageParams params, DelegationFilters filters, Options options) {
        Filtered filter = service.filter(params, filters, options);
        String raw = options.groupBy;
        GroupBy groupBy;
        try {
            groupBy = GroupBy.valueOf(raw == null ? "MONTH" : raw.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "groupBy", "must be one of month, country, direction, status, level, province");
        }
        Where where = filter.where();
        boolean rolled = groupBy == GroupBy.PROVINCE && options.rollUp != null && options.rollUp.asOf != null;
        // As of a day, each home organization is counted in the province it belonged to then: grouped by home first.
        String expression = rolled ? "homeOrganizationId" : groupBy.expression;
        var query = delegations
                .getEntityManager()
                .createQuery(
                        "select " + expression + ", count(*), coalesce(sum(memberCount), 0)"
                                + " from Delegation where " + where.jpql() + " group by " + expression
                                + " order by 1",
                        Object[].class);
        for (Map.Entry<String, Object> p : where.params().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
        List<Row> rows = query.getResultList().stream()
                .map(r -> new Row(String.valueOf(r[0]), null, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
        if (rolled) {
            Localities asOf = options.rollUp.localities(
                    delegations.getEntityManager(),
                    rows.stream().map(r -> Localities.id(r.key())).toList());
            rows = Localities.fold(
                            rows,
                            r -> Localities.id(r.key()),
                            asOf::province,
                            (a, b) -> new Row(
                                    a.key(), null, a.delegations() + b.delegations(), a.members() + b.members()))
                    .entrySet()
                    .stream()
                    .map(e -> new Row(
                            String.valueOf(e.getKey()),
                            null,
                            e.getValue().delegations(),
                            e.getValue().members()))
                    .sorted(java.util.Comparator.comparing(Row::key, Localities.BY_ID))
                    .toList();
        }
        if (groupBy == GroupBy.PROVINCE) {
            Map<Long, String> labels = Localities.names(
                    delegations.getEntityManager(),
                    rows.stream().map(r -> Localities.id(r.key())).toList());
            rows = rows.stream()
                    .map(r -> new Row(r.key(), labels.get(Localities.id(r.key())), r.delegations(), r.members()))
                    .toList();
        }
        return new Report(
                groupBy.name().toLowerCase(),
                rows,
                rows.stream().mapToLong(Row::delegations).sum(),
                rows.stream().mapToLong(Row::members).sum());
    }
}

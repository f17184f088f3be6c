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
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.ProblemException;
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
        STATUS("str(status)");

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
                                enumeration = {"month", "country", "direction", "status"},
                                defaultValue = "month"))
        public String groupBy;
    }

    @Schema(name = "DelegationReportRow")
    public record Row(
            @Schema(examples = "2024-06") String key,
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
            throw ProblemException.invalid("groupBy", "must be one of month, country, direction, status");
        }
        Where where = filter.where();
        var query = delegations
                .getEntityManager()
                .createQuery(
                        "select " + groupBy.expression + ", count(*), coalesce(sum(memberCount), 0)"
                                + " from Delegation where " + where.jpql() + " group by " + groupBy.expression
                                + " order by 1",
                        Object[].class);
        for (Map.Entry<String, Object> p : where.params().entrySet()) {
            query.setParameter(p.getKey(), p.getValue());
        }
        List<Row> rows = query.getResultList().stream()
                .map(r -> new Row(String.valueOf(r[0]), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
        return new Report(
                groupBy.name().toLowerCase(),
                rows,
                rows.stream().mapToLong(Row::delegations).sum(),
                rows.stream().mapToLong(Row::members).sum());
    }
}

package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportParams;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/reports/aid")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
public class AidReportResource {
    private final AidReport report;
    private final Today today;

    AidReportResource(AidReport report, Today today) {
        this.report = report;
        this.today = today;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary =
                    "Aid committed and disbursed, grouped by year, donor, donor country, sector, beneficiary, status or kind",
            description =
                    "Grouped in the database; takes the list's filters (`q`, `year`, `from`/`to` on the commitment date...)."
                            + " Committed amounts are converted at each commitment date, disbursements at each disbursement date, with the"
                            + " latest rate on or before that date; amounts with no rate are listed under `unconverted`, never counted at 1."
                            + " Each row also carries the amounts per original currency, and counterpart funding apart."
                            + " Here `currency` is the currency to convert to; `originalCurrency` selects commitments by their own currency."
                            + " `format=csv|xlsx` (or Accept) downloads the same figures.")
    @APIResponseSchema(value = Report.class, responseDescription = "The report, or its export")
    public Response aid(
            @BeanParam PageParams params,
            @BeanParam AidFilters filters,
            @BeanParam AidReportQuery query,
            @BeanParam ExportParams export) {
        var format = export.chosen();
        Report result = report.report(params, filters, query, export);
        if (format.isEmpty()) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return TableExport.response(
                format.get(),
                "aid-report-" + result.groupBy() + "-" + today.date(),
                AidExports.report(result, export.language()));
    }
}

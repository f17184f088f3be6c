package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidReportDtos.Report;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.Today;
import vn.diplomacy.common.export.ExportFormat;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/reports/aid")
@Tag(name = "Reports")
@Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE })
public class AidReportResource {
    private final AidReport report;
    private final Today today;

    AidReportResource(AidReport report, Today today) {
        this.report = report;
        this.today = today;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Aid committed and disbursed, grouped by year, donor, donor country, sector, beneficiary, status or kind",
            description = "Grouped in the database; takes the list's filters (`q`, `year`, `from`/`to` on the commitment date...)."
                    + " Committed amounts are converted at each commitment date, disbursements at each disbursement date, with the"
                    + " latest rate on or before that date; amounts with no rate are listed under `unconverted`, never counted at 1."
                    + " Each row also carries the amounts per original currency, and counterpart funding apart."
                    + " `format=csv|xlsx` (or Accept) downloads the same figures.")
    @APIResponse(responseCode = "200", description = "The report, or its export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response aid(@BeanParam PageParams params, @BeanParam AidFilters filters,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "year", "ngo", "donorCountry", "sector",
                    "beneficiary", "status", "kind" }, defaultValue = "year")) @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Also split each row by this second dimension (committed per part), e.g. groupBy=year&stackBy=sector",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "year", "ngo", "donorCountry", "sector",
                            "beneficiary", "status", "kind" })) @QueryParam("stackBy") String stackBy,
            @Parameter(description = "The currency to convert to (ISO 4217); defaults to the base currency", example = "VND")
            @QueryParam("currency") String currency,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "csv", "xlsx" }, defaultValue = "json"))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        var export = ExportFormat.of(format, headers);
        Report result = report.report(params);
        if (export.isEmpty()) {
            return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return TableExport.response(export.get(), "aid-report-" + result.groupBy() + "-" + today.date(),
                AidExports.report(result, ExportLanguage.of(headers)));
    }
}

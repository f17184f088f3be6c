package vn.diplomacy.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.export.ExportLanguage;
import vn.diplomacy.common.export.TableExport;
import vn.diplomacy.security.Role;

@Path("/api/v1/reports/periodic")
@Tag(name = "Reports")
public class PeriodicReportResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final java.util.Map<String, String> TYPES =
            java.util.Map.of("json", MediaType.APPLICATION_JSON, "docx", DOCX, "xlsx", XLSX, "pdf", PDF);

    private final PeriodicReport report;

    PeriodicReportResource(PeriodicReport report) {
        this.report = report;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DOCX, XLSX, PDF})
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "The office's periodic report (half-year, year, term)",
            description =
                    "One object per section (activities held by kind with highlights, delegations completed in"
                            + " and out by level and country, partnerships and agreements, foreign NGOs, aid committed and"
                            + " disbursed in the period by donor, country, sector and locality, training by topic), each taken"
                            + " from the list or report of its own with the same period and scope. `homeOrganizationId`: that"
                            + " organization and everything below it (absent: the caller's whole scope). `compare=true` adds the"
                            + " period of the same length just before. `format=docx` is the Word report offices send,"
                            + " `format=xlsx` one sheet per table, `format=pdf` the same report as the Word file, ready to print (A4); labels follow Accept-Language (Vietnamese by default).")
    @APIResponseSchema(value = PeriodicReportDtos.Report.class, responseDescription = "The report, or its file")
    public Response periodic(
            @QueryParam("from") @Parameter(description = "First day of the period", example = "2016-01-01")
                    LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day of the period", example = "2016-12-31") LocalDate to,
            @QueryParam("homeOrganizationId") Long homeOrganizationId,
            @QueryParam("compare") boolean compare,
            @QueryParam("format")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"json", "docx", "xlsx", "pdf"},
                                            defaultValue = "json"))
                    String format,
            @Context HttpHeaders headers) {
        ExportLanguage language = ExportLanguage.of(headers);
        String chosen = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
        String type = TYPES.get(chosen);
        if (type == null) {
            throw ProblemException.invalid("format", "must be json, docx, xlsx or pdf");
        }
        PeriodicReportDtos.Report built = report.report(from, to, homeOrganizationId, compare, language);
        if (chosen.equals("json")) {
            return Response.ok(built, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = switch (chosen) {
            case "docx" -> out -> PeriodicDocx.write(PeriodicOutline.of(built, language), out);
            case "pdf" -> out -> PeriodicPdf.write(PeriodicOutline.of(built, language), out);
            default -> out -> TableExport.writeXlsx(PeriodicTables.of(built, language), out);
        };
        return Response.ok(body, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"bao-cao-" + from + "-" + to + "." + chosen + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}

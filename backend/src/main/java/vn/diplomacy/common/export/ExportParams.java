package vn.diplomacy.common.export;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The download choice of every list and report that can be exported: {@code format}, else the Accept header. */
public class ExportParams {
    @QueryParam("format")
    @Parameter(
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv", "xlsx"},
                            defaultValue = "json"))
    public String format;

    @Context
    public HttpHeaders headers;

    /** Empty: the JSON answer. */
    public Optional<ExportFormat> chosen() {
        return ExportFormat.of(format, headers);
    }

    public ExportLanguage language() {
        return ExportLanguage.of(headers);
    }
}

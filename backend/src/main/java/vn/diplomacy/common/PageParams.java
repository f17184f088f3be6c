package vn.diplomacy.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list endpoint takes. They arrive as text and are parsed by {@link ListQuery}, because
 * JAX-RS answers a badly typed query parameter with 404; we want a 400 problem naming the parameter.
 */
public class PageParams {
    @QueryParam("page")
    @Parameter(
            description = "0-based page number",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    @QueryParam("cursor")
    @Parameter(
            description = "The `next` of the previous answer, passed back unchanged with the same filters and sort: the"
                    + " page after it, as fast at the 5,000th page as at the first. Not with `page`.")
    public String cursor;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Comma-separated fields, '-' prefix for descending, e.g. `name,-updatedAt`. Only the fields listed for the resource.",
            examples =
                    @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "byName", value = "name"))
    public String sort;

    @QueryParam("updatedSince")
    @Parameter(
            description = "Only records changed at or after this UTC instant (for synchronisation)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    @Context
    public UriInfo uriInfo;

    /** Set by {@link #of}; otherwise the request's query parameters are read from {@link #uriInfo}. */
    private MultivaluedMap<String, String> fixed;

    /** The parameters of a call the application makes itself (e.g. reports computed ahead of requests). */
    public static PageParams of(Map<String, String> query) {
        PageParams params = new PageParams();
        params.fixed = new MultivaluedHashMap<>();
        query.forEach(params.fixed::putSingle);
        params.page = query.get("page");
        params.size = query.get("size");
        params.sort = query.get("sort");
        params.cursor = query.get("cursor");
        params.updatedSince = query.get("updatedSince");
        return params;
    }

    public MultivaluedMap<String, String> queryParameters() {
        return fixed != null ? fixed : uriInfo.getQueryParameters();
    }
}

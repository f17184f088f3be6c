package vn.diplomacy.organization;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** The organization list's filters, each declared once (see common.Filter). */
public class OrganizationFilters extends Searchable {
    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = OrganizationType.class))
    @Filter("type = :type")
    public String type;

    @QueryParam("countryCode")
    @Parameter(description = "ISO 3166-1 alpha-2", example = "LA")
    @Filter(value = "countryCode = :countryCode", kind = Filter.Kind.COUNTRY)
    public String countryCode;

    @QueryParam("parentId")
    @Parameter(
            description = "Only the children of this organization",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    @Filter("parentId = :parentId")
    public String parentId;
}

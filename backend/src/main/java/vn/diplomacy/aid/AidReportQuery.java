package vn.diplomacy.aid;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.diplomacy.common.Filter;

/** The report's own parameters, beside the shared aid filters (see common.Filter). */
public class AidReportQuery {
    @QueryParam("groupBy")
    @Parameter(
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {
                                "year",
                                "ngo",
                                "donorCountry",
                                "sector",
                                "beneficiary",
                                "province",
                                "status",
                                "kind",
                                "approvalStatus",
                                "aidOwner"
                            },
                            defaultValue = "year"))
    public String groupBy;

    @QueryParam("stackBy")
    @Parameter(
            description =
                    "Also split each row by this second dimension (committed per part), e.g. groupBy=year&stackBy=sector",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {
                                "year",
                                "ngo",
                                "donorCountry",
                                "sector",
                                "beneficiary",
                                "province",
                                "status",
                                "kind",
                                "approvalStatus",
                                "aidOwner"
                            }))
    public String stackBy;

    @QueryParam("currency")
    @Parameter(description = "The currency to convert to (ISO 4217); defaults to the base currency", example = "VND")
    public String currency;

    @Filter(
            value = "c.committedCurrency = :originalCurrency",
            kind = Filter.Kind.CURRENCY,
            description = "Only commitments recorded in this currency (the list's `currency` filter)",
            example = "USD")
    public String originalCurrency;

    @vn.diplomacy.common.Nested
    public vn.diplomacy.common.RollUp rollUp = new vn.diplomacy.common.RollUp();

    /** A report the application computes itself (the warmer), over all commitments. */
    static AidReportQuery of(String groupBy, String stackBy) {
        AidReportQuery query = new AidReportQuery();
        query.groupBy = groupBy;
        query.stackBy = stackBy;
        return query;
    }
}

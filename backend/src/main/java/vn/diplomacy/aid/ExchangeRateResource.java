package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidDtos.ExchangeRateInput;
import vn.diplomacy.aid.AidDtos.ExchangeRateView;
import vn.diplomacy.common.DeletableRecordResource;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.RecordDocs;
import vn.diplomacy.common.WrittenBy;
import vn.diplomacy.security.Role;

@Path("/api/v1/exchange-rates")
@Tag(
        name = "Exchange rates",
        description = "Units of the base currency (VND) per 1 unit of a currency, from a date until the next rate."
                + " Aid is converted with the latest rate on or before its value date; ADMIN writes, everyone reads.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@WrittenBy(Role.ADMIN_NAME)
@RecordDocs(
        createSummary = "Record a rate",
        create = "One rate per currency and date (409 otherwise). Aid valued from this date"
                + " until the currency's next rate is re-converted at once.",
        delete = "Aid it valued falls back to the previous rate, or becomes unconverted.")
public class ExchangeRateResource extends DeletableRecordResource<ExchangeRateInput, ExchangeRateView> {
    private final ExchangeRateService rates;

    ExchangeRateResource(ExchangeRateService rates) {
        super(rates, ExchangeRateInput.class);
        this.rates = rates;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(
            summary = "List exchange rates",
            description = "Sort: date (default), currency, rate, updatedAt. No `q`: rates have no free text.")
    public PageResult<ExchangeRateView> list(
            @BeanParam PageParams params, @BeanParam ExchangeRateService.Filters filters) {
        return rates.list(params, filters);
    }
}

package vn.diplomacy.aid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.diplomacy.aid.AidDtos.ExchangeRateInput;
import vn.diplomacy.aid.AidDtos.ExchangeRateView;
import vn.diplomacy.common.ApiResponsesDoc;
import vn.diplomacy.common.IdempotencyService;
import vn.diplomacy.common.MergePatch;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Responses;
import vn.diplomacy.security.Role;

@Path("/api/v1/exchange-rates")
@Tag(name = "Exchange rates", description = "Units of the base currency (VND) per 1 unit of a currency, from a date until the next rate."
        + " Aid is converted with the latest rate on or before its value date; ADMIN writes, everyone reads.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExchangeRateResource {
    private final ExchangeRateService rates;
    private final IdempotencyService idempotency;
    private final MergePatch mergePatch;

    ExchangeRateResource(ExchangeRateService rates, IdempotencyService idempotency, MergePatch mergePatch) {
        this.rates = rates;
        this.idempotency = idempotency;
        this.mergePatch = mergePatch;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "List exchange rates", description = "Sort: date (default), currency, rate, updatedAt. No `q`: rates have no free text.")
    public PageResult<ExchangeRateView> list(@BeanParam PageParams params, @BeanParam ExchangeRateService.Filters filters) {
        return rates.list(params, filters);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Operation(summary = "Get an exchange rate")
    @APIResponseSchema(value = ExchangeRateView.class, responseCode = "200", responseDescription = "The rate")
    public Response get(@PathParam("id") long id) {
        ExchangeRateView view = rates.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Record a rate", description = "One rate per currency and date (409 otherwise). Aid valued from this date"
            + " until the currency's next rate is re-converted at once.")
    @APIResponseSchema(value = ExchangeRateView.class, responseCode = "201", responseDescription = "Created")
    public Response create(@Valid @NotNull ExchangeRateInput input, @Context UriInfo uri,
            @Parameter(description = ApiResponsesDoc.IDEMPOTENCY_KEY) @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, input, uri, () -> {
            ExchangeRateView view = rates.create(input);
            return Responses.created(uri, view.id(), view, view.version());
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a rate")
    @APIResponseSchema(value = ExchangeRateView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ExchangeRateInput input) {
        ExchangeRateView view = rates.update(id, ifMatch, input);
        return Responses.ok(view, view.version());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a rate (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ExchangeRateInput.class)))
    @APIResponseSchema(value = ExchangeRateView.class, responseCode = "200", responseDescription = "Changed")
    public Response patch(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch, String body) {
        ExchangeRateInput merged = mergePatch.apply(rates.current(id), body, ExchangeRateInput.class);
        ExchangeRateView view = rates.update(id, ifMatch, merged);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Delete a rate", description = "Aid it valued falls back to the previous rate, or becomes unconverted.")
    public Response delete(@PathParam("id") long id,
            @Parameter(description = ApiResponsesDoc.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        rates.delete(id, ifMatch);
        return Responses.noContent();
    }
}

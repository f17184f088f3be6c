package vn.diplomacy.common;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The base of a filters bean whose list has no free text (no {@code q}). Its {@link Filter} fields are read by
 * {@link FilterSet}, not bound by JAX-RS; Quarkus REST refuses a parameter bean without one bound field (a
 * {@code @Context} field does not count), so this binds a header every request may carry, undocumented.
 */
public abstract class Unsearchable {
    @HeaderParam("Accept-Language")
    @Parameter(hidden = true)
    String acceptLanguage;
}

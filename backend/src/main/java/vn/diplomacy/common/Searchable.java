package vn.diplomacy.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The base of every filters bean whose list has free text: {@code q} is declared here once, and only lists whose
 * bean extends this take (and document) it. What it searches is the bean's {@link ListSearch}.
 */
public abstract class Searchable {
    @QueryParam("q")
    @Parameter(description = "Free text, case- and accent-insensitive (`ha tinh` finds `Hà Tĩnh`)")
    public String q;
}

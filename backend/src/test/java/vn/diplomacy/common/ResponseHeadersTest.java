package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseHeadersTest {
    @Test
    void onlyHashedAssetsAreImmutableAndTheApiIsNeverStored() {
        assertThat(ResponseHeaders.cacheControl("/assets/index-3f9a1c.js", 200)).contains("immutable");
        assertThat(ResponseHeaders.cacheControl("/assets/missing.js", 404)).isEqualTo("no-cache");
        assertThat(ResponseHeaders.cacheControl("/", 200)).isEqualTo("no-cache");
        assertThat(ResponseHeaders.cacheControl("/index.html", 200)).isEqualTo("no-cache");
        assertThat(ResponseHeaders.cacheControl("/organizations/12", 200)).isEqualTo("no-cache");
        assertThat(ResponseHeaders.cacheControl("/api/v1/organizations", 200)).isEqualTo("no-store");
    }

    @Test
    void theSpaPolicyAllowsNoInlineScript() {
        assertThat(ResponseHeaders.CSP)
                .contains("script-src 'self';")
                .contains("object-src 'none'")
                .contains("frame-src 'self' blob:;");
    }
}

package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutingTest {
    @Test
    void onlyClientRoutesGoToTheSpa() {
        assertThat(SpaRouting.isClientRoute("/organizations/12")).isTrue();
        assertThat(SpaRouting.isClientRoute("/admin/users")).isTrue();
        assertThat(SpaRouting.isClientRoute("/")).isFalse();
        assertThat(SpaRouting.isClientRoute("/api/v1/nothing")).isFalse();
        assertThat(SpaRouting.isClientRoute("/api")).isFalse();
        assertThat(SpaRouting.isClientRoute("/q/health")).isFalse();
        assertThat(SpaRouting.isClientRoute("/assets/index-3f9a.js")).isFalse();
    }
}

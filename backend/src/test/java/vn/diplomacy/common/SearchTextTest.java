package vn.diplomacy.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void foldsVietnameseIncludingDStroke() {
        assertThat(SearchText.fold("Đà Nẵng")).isEqualTo("da nang");
        assertThat(SearchText.fold("  Hà   Tĩnh ")).isEqualTo("ha tinh");
        assertThat(SearchText.fold("Thừa Thiên Huế")).isEqualTo("thua thien hue");
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.likePattern("50%_a")).isEqualTo("%50\\%\\_a%");
    }
}

package vn.diplomacy.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Accent-free, lower-case form used for {@code q} searches. Collations disagree on đ/Đ (utf8mb4_unicode_ci and
 * MySQL's 0900_ai_ci keep it apart from d), so we fold it in Java and search a stored column instead.
 */
public final class SearchText {
    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .replace('ł', 'l')
                .replace('Ł', 'L')
                .replace('ø', 'o')
                .replace('Ø', 'O');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public static String of(String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" | "));
    }

    /** Trimmed text, or null for blank: what every service stores for optional text fields. */
    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A LIKE pattern with the user's wildcards escaped. */
    public static String likePattern(String q) {
        String folded = fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}

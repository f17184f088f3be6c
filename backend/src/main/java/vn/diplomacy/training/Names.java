package vn.diplomacy.training;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese lists of people are ordered by given name (the last word: "Bình" in "Trần Thị Bình"), then by the whole
 * name, with Vietnamese collation — the order of a class list or a sign-in sheet.
 */
final class Names {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    static final Comparator<String> ORDER =
            Comparator.comparing(Names::given, VI).thenComparing(n -> n, VI);

    private Names() {}

    static String given(String fullName) {
        String trimmed = fullName.trim();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }
}

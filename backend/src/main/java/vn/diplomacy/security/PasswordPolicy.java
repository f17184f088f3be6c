package vn.diplomacy.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be, for users and for APP_ADMIN_PASSWORD alike: 12 characters or more, at most 72 bytes
 * (bcrypt ignores what follows, so a longer one would log in with any suffix), not the username, and not a
 * common or guessable one (zxcvbn's dictionaries of leaked passwords, names and keyboard patterns).
 */
public final class PasswordPolicy {
    public static final String RULES = "At least 12 characters, at most 72 bytes in UTF-8, not containing the username,"
            + " not a common or easily guessed password";
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /** Why the password is refused, or null when it is acceptable. */
    public static String problem(String password, String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must have at most " + MAX_BYTES + " bytes in UTF-8 (about 24 Vietnamese letters with marks fewer)";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "must not contain the username";
        }
        Strength strength = ZXCVBN.measure(password, username == null ? List.of() : List.of(username, "diplomacy"));
        if (strength.getScore() < MIN_SCORE) {
            return "is too common or easy to guess; use a longer phrase of unrelated words";
        }
        return null;
    }

    /** True when bcrypt would see the whole password (longer ones can never have been accepted as a new password). */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}

package vn.diplomacy.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void weakCommonOrUsernameBasedPasswordsAreRefused() {
        assertThat(PasswordPolicy.problem("a", "admin")).contains("12 characters");
        assertThat(PasswordPolicy.problem("admin12345", "admin")).isNotNull();
        assertThat(PasswordPolicy.problem("password1234", "admin")).contains("common");
        assertThat(PasswordPolicy.problem("qwertyuiop123", "admin")).contains("common");
        assertThat(PasswordPolicy.problem("my-admin-password", "admin")).contains("username");
        assertThat(PasswordPolicy.problem("A".repeat(73), "x")).contains("72 bytes");
        // 24 Vietnamese letters of 3 bytes each already fill bcrypt's 72 bytes.
        assertThat(PasswordPolicy.problem("ệ".repeat(25), "x")).contains("72 bytes");
    }

    @Test
    void makeRunsDemoPasswordAndPassphrasesPass() {
        assertThat(PasswordPolicy.problem("ha-tinh-bolikhamxay", "admin")).isNull();
        assertThat(PasswordPolicy.problem("hữu nghị Việt–Lào 1977", "admin")).isNull();
        assertThat(PasswordPolicy.fitsBcrypt("A".repeat(72))).isTrue();
        assertThat(PasswordPolicy.fitsBcrypt("A".repeat(72) + "B")).isFalse();
    }
}

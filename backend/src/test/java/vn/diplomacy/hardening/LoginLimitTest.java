package vn.diplomacy.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.diplomacy.Parallel;
import vn.diplomacy.TestSupport;
import vn.diplomacy.security.Role;

/** Login limits under parallel guesses; the test profile trusts 127.0.0.1 as a proxy, so X-Forwarded-For sets the source. */
@QuarkusTest
class LoginLimitTest {

    private static Response login(String username, String password, String from) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static String user() {
        String name = unique("limit");
        TestSupport.createUser(name, Role.VIEWER, "right " + name.substring(6) + " horse battery");
        return name;
    }

    private static String password(String name) {
        return "right " + name.substring(6) + " horse battery";
    }

    @Test
    void fortySimultaneousWrongGuessesAreCheckedAtMostFiveTimes() throws Exception {
        String name = user();
        String from = "10.9.0." + (int) (Math.random() * 200);
        List<Response> answers =
                Parallel.run(40, i -> login(name, i == 20 ? password(name) : "wrong guess number " + i, from));
        long checked = Parallel.count(answers, 401) + Parallel.count(answers, 200);
        assertThat(checked).isLessThanOrEqualTo(5);
        assertThat(Parallel.count(answers, 429)).isGreaterThanOrEqualTo(35);
        answers.stream()
                .filter(r -> r.statusCode() == 429)
                .forEach(r ->
                        assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive());
        // The rightful user, elsewhere, still gets in: the guesses locked only this address out of this account.
        assertThat(login(name, password(name), "10.9.1.1").statusCode()).isEqualTo(200);
    }

    @Test
    void sprayingManyUsernamesFromOneAddressIsLimited() throws Exception {
        String from = "10.8.0." + (int) (Math.random() * 200);
        List<Response> answers = Parallel.run(40, i -> login(unique("ghost"), "not the password " + i, from));
        assertThat(Parallel.count(answers, 429)).isGreaterThanOrEqualTo(5);
        assertThat(Parallel.count(answers, 401)).isLessThanOrEqualTo(35);
    }

    @Test
    void anonymousGuessesDoNotLockTheRightfulUserOut() {
        String name = user();
        for (int i = 0; i < 6; i++) {
            login(name, "attacker guess " + i, "203.0.113.7");
        }
        assertThat(login(name, "attacker guess 7", "203.0.113.7").statusCode()).isEqualTo(429);
        assertThat(login(name, password(name), "198.51.100.20").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheLastForwardedHopCounts() {
        String name = user();
        // A client-written first hop changes nothing: the proxy's own entry (the last) is the source.
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", UUID.randomUUID().toString().substring(0, 8) + ", 10.7.7.7")
                    .body(Map.of("username", name, "password", "bad guess " + i))
                    .post("/api/v1/auth/login");
        }
        assertThat(login(name, password(name), "10.7.7.7").statusCode()).isEqualTo(429);
    }

    @Test
    void passwordsBeyondBcryptsLimitNeverLogIn() {
        String name = unique("long");
        String base = "A".repeat(72);
        given().auth()
                .oauth2(TestSupport.token(Role.ADMIN))
                .contentType(ContentType.JSON)
                .body(Map.of("username", name, "role", "VIEWER", "password", base + "first"))
                .post("/api/v1/users")
                .then()
                .statusCode(400);
        assertThat(login(name, base + "anything", "10.6.0.1").statusCode()).isEqualTo(401);
    }
}

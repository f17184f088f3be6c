package vn.diplomacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.etagOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aid lifecycle's own endpoints keep to the caller's scope like the aid itself. */
@QuarkusTest
class AidLifecycleScopeTest {
    static final String AID = "/api/v1/aid-commitments/{id}";

    @Test
    void aScopedEditorMovesAndReadsOnlyItsOwnAid() {
        ScopeWorld s = ScopeWorld.get();
        Map<String, Object> opinion =
                Map.of("agency", "Sở Tài chính", "agencyKind", "DEPARTMENT", "askedOn", "2024-04-02");
        for (String nested : List.of("/transitions", "/opinions", "/progress-reports")) {
            s.editor().get(AID + nested, s.aidHaTinh).then().statusCode(403);
            s.editor().get(AID + nested, s.aidLaiChau).then().statusCode(200);
        }
        s.editor().body(opinion).post(AID + "/opinions", s.aidHaTinh).then().statusCode(403);
        s.editor().body(opinion).post(AID + "/opinions", s.aidLaiChau).then().statusCode(201);
        s.editor()
                .header("If-Match", etagOf(Role.VIEWER, AID, s.aidHaTinh))
                .body(Map.of("to", "COMPLETED"))
                .post(AID + "/transitions", s.aidHaTinh)
                .then()
                .statusCode(403);

        // Across all aid, the scoped viewer sees its own province's reports only.
        List<Long> national =
                ScopeWorld.ids(as(Role.VIEWER), "/api/v1/aid-progress-reports?commitmentId=" + s.aidHaTinh);
        assertThat(national).isNotEmpty();
        List<Long> mine = ScopeWorld.ids(s.viewer(), "/api/v1/aid-progress-reports?commitmentId=" + s.aidHaTinh);
        assertThat(mine).isEmpty();
        assertThat(ScopeWorld.ids(s.viewer(), "/api/v1/aid-progress-reports?commitmentId=" + s.aidLaiChau))
                .isNotEmpty();
    }
}

package vn.diplomacy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.diplomacy.TestSupport.PROBLEM;
import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Users and keys scoped to Lai Châu (an organization subtree) against records of Lai Châu and of Hà Tĩnh: every
 * operation of every record kind, for a scoped EDITOR and VIEWER; organizations as a shared registry (see ScopeWorld).
 */
@QuarkusTest
class ScopeTest {
    @Test
    void aScopedEditorReadsItsOwnRecordsAndNoOneElses() {
        ScopeWorld s = ScopeWorld.get();
        for (ScopeWorld.Kind kind : s.kinds) {
            List<Long> listed = ScopeWorld.ids(s.editor(), kind.path());
            assertThat(listed).as(kind.path()).contains(kind.inScope()).doesNotContain(kind.outside());
            s.editor().get(kind.path() + "/{id}", kind.inScope()).then().statusCode(200);
            for (String suffix : List.of("", "/history", "/attachments")) {
                s.editor()
                        .get(kind.path() + "/{id}" + suffix, kind.outside())
                        .then()
                        .statusCode(403)
                        .contentType(PROBLEM)
                        .body("code", equalTo("outside-scope"));
            }
        }
        // Lists across parents (every agreement) keep to the scope through the parent.
        String code = unique("MOU");
        long theirs = created(
                Role.EDITOR,
                Map.of("code", code, "kind", "MEMORANDUM_OF_UNDERSTANDING", "title", "Biên bản ghi nhớ " + code),
                "/api/v1/partnerships/{id}/agreements",
                s.partnershipHaTinh);
        assertThat(ScopeWorld.ids(s.editor().queryParam("q", code), "/api/v1/agreements"))
                .isEmpty();
        assertThat(ScopeWorld.ids(as(Role.VIEWER).queryParam("q", code), "/api/v1/agreements"))
                .containsExactly(theirs);
        // A national viewer sees both, and narrows any list to one province with the scope filter.
        for (ScopeWorld.Kind kind : s.kinds) {
            List<Long> narrowed =
                    ScopeWorld.ids(as(Role.VIEWER).queryParam("scopeOrganizationId", s.laiChau), kind.path());
            assertThat(narrowed).as(kind.path()).contains(kind.inScope()).doesNotContain(kind.outside());
        }
        for (ScopeWorld.Kind kind : s.kinds) {
            as(Role.VIEWER).get(kind.path() + "/{id}", kind.outside()).then().statusCode(200);
        }
    }

    @Test
    void aScopedEditorWritesOnlyWithinItsScope() {
        ScopeWorld s = ScopeWorld.get();
        for (ScopeWorld.Kind kind : s.kinds) {
            String etag = etagOf(Role.ADMIN, kind.path() + "/{id}", kind.outside());
            s.editor()
                    .contentType("application/merge-patch+json")
                    .header("If-Match", etag)
                    .body("{\"notes\": \"sửa hộ tỉnh bạn\"}")
                    .patch(kind.path() + "/{id}", kind.outside())
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("outside-scope"));
            s.editor()
                    .body(kind.body(s.haTinh))
                    .post(kind.path())
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("code", equalTo("outside-scope"))
                    .body("params.field", equalTo(kind.homeField()))
                    .body("detail", org.hamcrest.Matchers.containsString(s.laiChauName));
            long mine = s.editor()
                    .body(kind.body(s.laiChauUnit))
                    .post(kind.path())
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            // Moving one's own record out of the scope is refused too, and changes nothing.
            Map<String, Object> moved = kind.body(s.haTinh);
            s.editor()
                    .header("If-Match", etagOf(Role.ADMIN, kind.path() + "/{id}", mine))
                    .body(moved)
                    .put(kind.path() + "/{id}", mine)
                    .then()
                    .statusCode(403);
            as(Role.VIEWER)
                    .get(kind.path() + "/{id}", mine)
                    .then()
                    .body(
                            kind.homeField(),
                            equalTo(((Number) kind.body(s.laiChauUnit).get(kind.homeField())).intValue()));
            // A scoped viewer is a viewer first: writes are refused by role, reads by scope.
            s.viewer().get(kind.path() + "/{id}", mine).then().statusCode(200);
            s.viewer().get(kind.path() + "/{id}", kind.outside()).then().statusCode(403);
            s.viewer().body(kind.body(s.laiChauUnit)).post(kind.path()).then().statusCode(403);
        }
        s.editor()
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/partnerships/{id}", s.partnershipHaTinh))
                .delete("/api/v1/partnerships/{id}", s.partnershipHaTinh)
                .then()
                .statusCode(403);
        s.editor()
                .body(Map.of("code", unique("MOU"), "kind", "MEMORANDUM_OF_UNDERSTANDING", "title", "Biên bản ghi nhớ"))
                .post("/api/v1/partnerships/{id}/agreements", s.partnershipHaTinh)
                .then()
                .statusCode(403);
        as(Role.VIEWER)
                .get("/api/v1/partnerships/{id}", s.partnershipHaTinh)
                .then()
                .statusCode(200);
    }

    @Test
    void aUnitMovedToAnotherProvinceTakesItsOwnUnitsIntoThatProvincesScope() {
        long haGiang = ScopeWorld.org(unique("Ủy ban nhân dân tỉnh Hà Giang"), "LOCAL_GOVERNMENT", "VN", null);
        long tuyenQuang = ScopeWorld.org(unique("Ủy ban nhân dân tỉnh Tuyên Quang"), "LOCAL_GOVERNMENT", "VN", null);
        long district = ScopeWorld.org(unique("Huyện Đồng Văn"), "LOCAL_GOVERNMENT", "VN", haGiang);
        long commune = ScopeWorld.org(unique("Xã Lũng Cú"), "LOCAL_GOVERNMENT", "VN", district);
        String token = ScopeWorld.scopedToken(tuyenQuang, Role.EDITOR);
        java.util.function.IntConsumer notes = expected -> ScopeWorld.spec(token)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", commune))
                .body("{\"notes\": \"Cột cờ Lũng Cú\"}")
                .patch("/api/v1/organizations/{id}", commune)
                .then()
                .statusCode(expected);
        notes.accept(403);
        // The 2025 reform: the district's province merges into another; its communes follow it.
        as(Role.EDITOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", district))
                .body("{\"parentId\": " + tuyenQuang + "}")
                .patch("/api/v1/organizations/{id}", district)
                .then()
                .statusCode(200);
        notes.accept(200);
        ScopeWorld.spec(token)
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", district))
                .body("{\"parentId\": " + haGiang + "}")
                .patch("/api/v1/organizations/{id}", district)
                .then()
                .statusCode(403)
                .body("params.field", equalTo("parentId"));
    }

    @Test
    void organizationsAreARegistryButVietnameseUnitsAreWrittenWithinTheScope() {
        ScopeWorld s = ScopeWorld.get();
        s.editor().get("/api/v1/organizations/{id}", s.haTinh).then().statusCode(200);
        s.editor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", s.haTinh))
                .body("{\"notes\": \"x\"}")
                .patch("/api/v1/organizations/{id}", s.haTinh)
                .then()
                .statusCode(403)
                .body("code", equalTo("outside-scope"));
        s.editor()
                .contentType("application/merge-patch+json")
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", s.laiChauUnit))
                .body("{\"notes\": \"Phòng Hợp tác quốc tế\"}")
                .patch("/api/v1/organizations/{id}", s.laiChauUnit)
                .then()
                .statusCode(200);
        Map<String, Object> unit =
                new HashMap<>(Map.of("name", unique("Phòng"), "type", "GOVERNMENT_AGENCY", "countryCode", "VN"));
        s.editor()
                .body(unit)
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .body("params.field", equalTo("parentId"));
        unit.put("parentId", s.haTinh);
        s.editor().body(unit).post("/api/v1/organizations").then().statusCode(403);
        unit.put("parentId", s.laiChau);
        s.editor().body(unit).post("/api/v1/organizations").then().statusCode(201);
        // A new foreign partner joins the shared registry; an entry outside the scope is a national user's to change.
        long foreign = created(
                Role.EDITOR,
                Map.of("name", unique("Oudomxay"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"),
                "/api/v1/organizations");
        s.editor()
                .body(Map.of("name", unique("Phongsaly"), "type", "LOCAL_GOVERNMENT", "countryCode", "LA"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        s.editor()
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/organizations/{id}", foreign))
                .delete("/api/v1/organizations/{id}", foreign)
                .then()
                .statusCode(403);
    }
}

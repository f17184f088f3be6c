package vn.diplomacy.security;

import static vn.diplomacy.TestSupport.as;
import static vn.diplomacy.TestSupport.created;
import static vn.diplomacy.TestSupport.etagOf;
import static vn.diplomacy.TestSupport.login;
import static vn.diplomacy.TestSupport.unique;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organizations, people and records the tests share: built once, by national users. */
final class ScopeWorld {
    private static ScopeWorld shared;

    /** Built once per test JVM and shared by the scope tests. */
    static synchronized ScopeWorld get() {
        if (shared == null) {
            shared = new ScopeWorld();
        }
        return shared;
    }

    private static final java.util.concurrent.atomic.AtomicInteger STARTS =
            new java.util.concurrent.atomic.AtomicInteger();

    record Kind(
            String path,
            String homeField,
            long inScope,
            long outside,
            java.util.function.LongFunction<Map<String, Object>> bodies) {
        Map<String, Object> body(long home) {
            return bodies.apply(home);
        }
    }

    final String laiChauName = unique("Ủy ban nhân dân tỉnh Lai Châu");
    final long laiChau = org(laiChauName, "LOCAL_GOVERNMENT", "VN", null);
    final long laiChauUnit = org(unique("Sở Ngoại vụ Lai Châu"), "GOVERNMENT_AGENCY", "VN", laiChau);
    final long haTinh = org(unique("Ủy ban nhân dân tỉnh Hà Tĩnh"), "LOCAL_GOVERNMENT", "VN", null);
    final long laiChauDistrict = org(unique("Huyện Phong Thổ"), "LOCAL_GOVERNMENT", "VN", laiChau);
    final long lao = org(unique("Phongsaly Province"), "LOCAL_GOVERNMENT", "LA", null);
    final long ngo = org(unique("Oxfam"), "INTERNATIONAL_NGO", "GB", null);
    final long partnershipHaTinh = created(Role.EDITOR, partnership(haTinh), "/api/v1/partnerships");
    final long aidHaTinh = created(Role.EDITOR, aid(haTinh), "/api/v1/aid-commitments");
    final long aidLaiChau = created(Role.EDITOR, aid(laiChauDistrict), "/api/v1/aid-commitments");
    final List<Kind> kinds = List.of(
            new Kind(
                    "/api/v1/partnerships",
                    "homeOrganizationId",
                    created(Role.EDITOR, partnership(laiChauUnit), "/api/v1/partnerships"),
                    partnershipHaTinh,
                    this::partnership),
            new Kind(
                    "/api/v1/delegations",
                    "homeOrganizationId",
                    created(Role.EDITOR, delegation(laiChauUnit), "/api/v1/delegations"),
                    created(Role.EDITOR, delegation(haTinh), "/api/v1/delegations"),
                    this::delegation),
            new Kind(
                    "/api/v1/training-courses",
                    "organizerOrganizationId",
                    seated(created(Role.EDITOR, course(laiChauUnit), "/api/v1/training-courses")),
                    seated(created(Role.EDITOR, course(haTinh), "/api/v1/training-courses")),
                    this::course),
            new Kind(
                    "/api/v1/aid-commitments",
                    "beneficiaryOrganizationId",
                    aidLaiChau,
                    aidHaTinh,
                    home -> aid(home == laiChauUnit ? laiChauDistrict : home)),
            new Kind(
                    "/api/v1/ngo-registrations",
                    "homeOrganizationId",
                    created(Role.EDITOR, registration(laiChauUnit), "/api/v1/ngo-registrations"),
                    created(Role.EDITOR, registration(haTinh), "/api/v1/ngo-registrations"),
                    this::registration),
            new Kind(
                    "/api/v1/activities",
                    "homeOrganizationId",
                    created(Role.EDITOR, activity(laiChauUnit), "/api/v1/activities"),
                    created(Role.EDITOR, activity(haTinh), "/api/v1/activities"),
                    this::activity),
            new Kind(
                    "/api/v1/persons",
                    "homeOrganizationId",
                    created(Role.EDITOR, person(laiChauUnit), "/api/v1/persons"),
                    created(Role.EDITOR, person(haTinh), "/api/v1/persons"),
                    this::person),
            new Kind(
                    "/api/v1/stays",
                    "homeOrganizationId",
                    created(Role.EDITOR, stay(laiChauUnit), "/api/v1/stays"),
                    created(Role.EDITOR, stay(haTinh), "/api/v1/stays"),
                    this::stay));
    private final String editorToken = scopedLogin(Role.EDITOR);
    private final String viewerToken = scopedLogin(Role.VIEWER);
    private final String adminToken = scopedLogin(Role.ADMIN);

    RequestSpecification editor() {
        return spec(editorToken);
    }

    RequestSpecification viewer() {
        return spec(viewerToken);
    }

    RequestSpecification admin() {
        return spec(adminToken);
    }

    static RequestSpecification spec(String token) {
        return as(Role.VIEWER).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String scopedLogin(Role role) {
        return scopedToken(laiChau, role);
    }

    /** The token of a new user with this role, scoped to this organization. */
    static String scopedToken(long scope, Role role) {
        String username = unique("scoped." + role.name().toLowerCase());
        String password = "pw " + unique("lai chau");
        as(Role.ADMIN)
                .body(Map.of(
                        "username", username, "role", role.name(), "password", password, "scopeOrganizationId", scope))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        return login(username, password);
    }

    static long org(String name, String type, String country, Long parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "countryCode", country));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(Role.EDITOR, body, "/api/v1/organizations");
    }

    private Map<String, Object> partnership(long home) {
        return new HashMap<>(Map.of(
                "homeOrganizationId", home,
                "partnerOrganizationId", lao,
                "type", "FRIENDSHIP",
                "pillars", List.of("PEOPLE"),
                "title", unique("Hữu nghị"),
                "startDate",
                        LocalDate.of(2000, 1, 1)
                                .plusDays(10L * STARTS.incrementAndGet())
                                .toString(),
                "endDate",
                        LocalDate.of(2000, 1, 1)
                                .plusDays(10L * STARTS.get() + 5)
                                .toString()));
    }

    Map<String, Object> delegationBody(long home) {
        return delegation(home);
    }

    Map<String, Object> delegation(long home) {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "INCOMING");
        body.put("title", unique("Đoàn tỉnh Phongsaly"));
        body.put("counterpartOrganizationId", lao);
        body.put("homeOrganizationId", home);
        body.put("startDate", "2025-03-10");
        body.put("endDate", "2025-03-12");
        body.put("countryCode", "VN");
        body.put("level", "PROVINCIAL");
        return body;
    }

    Map<String, Object> course(long organizer) {
        LocalDate start = LocalDate.now().plusDays(40);
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Bồi dưỡng tiếng Lào"));
        body.put("topic", "FOREIGN_LANGUAGE");
        body.put("language", "lo");
        body.put("organizerOrganizationId", organizer);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(3).toString());
        body.put("registrationDeadline", start.minusDays(1).toString());
        body.put("capacity", 20);
        return body;
    }

    Map<String, Object> aid(long beneficiary) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", unique("Cấp nước sạch"));
        body.put("ngoId", ngo);
        body.put("kind", "PROJECT");
        body.put("sector", "WATER_SANITATION");
        body.put("beneficiaryOrganizationId", beneficiary);
        body.put("committed", Map.of("amount", "150000000", "currency", "VND"));
        body.put("commitmentDate", "2024-04-01");
        // Under way since then: its owner owes half-yearly and yearly reports.
        body.put("startDate", "2024-04-01");
        body.put("status", "IMPLEMENTATION");
        body.put("approvalDecisionNo", "88/QĐ-UBND");
        body.put("approvalDate", "2024-04-01");
        return body;
    }

    Map<String, Object> activity(long home) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FRIENDSHIP_EXCHANGE");
        body.put("title", unique("Giao lưu hữu nghị biên giới"));
        body.put("startDate", "2025-04-13");
        body.put("endDate", "2025-04-14");
        body.put("homeOrganizationId", home);
        body.put("status", "HELD");
        return body;
    }

    Map<String, Object> person(long home) {
        return new HashMap<>(Map.of("fullName", unique("Lò Văn Giá"), "homeOrganizationId", home));
    }

    /** A Lao student's stay, with a person of its own office (a stay names a person the caller can read). */
    Map<String, Object> stay(long home) {
        long person = created(Role.EDITOR, person(home), "/api/v1/persons");
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("homeOrganizationId", home);
        body.put("kind", "STUDENT");
        body.put("hostName", "Trường Cao đẳng Cộng đồng Lai Châu");
        body.put("startDate", "2024-09-05");
        body.put("endDate", "2028-06-30");
        return body;
    }

    Map<String, Object> registration(long home) {
        Map<String, Object> body = new HashMap<>();
        body.put("ngoId", ngo);
        body.put("homeOrganizationId", home);
        body.put("kind", "PROJECT_OFFICE");
        body.put("number", unique("GĐK"));
        body.put("issuedBy", "Bộ Ngoại giao");
        body.put("issuedOn", "2025-01-15");
        body.put("validUntil", "2028-01-14");
        body.put("permittedProvinceIds", List.of(home == laiChauUnit ? laiChau : home));
        return body;
    }

    /** A course with one seated trainee, so that the training report counts it. */
    static long seated(long course) {
        as(Role.ADMIN)
                .header("If-Match", etagOf(Role.ADMIN, "/api/v1/training-courses/{id}", course))
                .body(Map.of("to", "OPEN"))
                .post("/api/v1/training-courses/{id}/transitions", course)
                .then()
                .statusCode(200);
        created(
                Role.EDITOR,
                Map.of("fullName", unique("Nguyễn Văn A"), "organizationName", "Sở Ngoại vụ Lai Châu"),
                "/api/v1/training-courses/{id}/participants",
                course);
        return course;
    }

    /** The ids on the first page (of 100) of a list, as this caller sees it. */
    static List<Long> ids(RequestSpecification caller, String path) {
        return caller.queryParam("size", 100)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
    }
}

package vn.diplomacy.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends AuditedEntity {
    @Column(nullable = false)
    public String principal;

    @Column(name = "idempotency_key", nullable = false)
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String path;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "response_etag")
    public String responseEtag;
}

package vn.diplomacy.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends AuditedEntity {
    public String principal;

    @Column(name = "idempotency_key")
    public String key;

    public String requestHash;
    public String method;
    public String path;
    public int responseStatus;
    public String responseBody;
    public String responseLocation;
    public String responseEtag;
}

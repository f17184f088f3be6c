package vn.diplomacy.common.changes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RecordChangeRepository implements PanacheRepositoryBase<RecordChange, Long> {}

package vn.diplomacy.aid;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AidProgressReportRepository implements PanacheRepository<AidProgressReport> {}

package vn.diplomacy.training;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepository<TrainingSession> {}

package vn.diplomacy.common.workflow;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StatusTransitionRepository implements PanacheRepository<StatusTransition> {}

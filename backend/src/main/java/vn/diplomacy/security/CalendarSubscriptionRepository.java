package vn.diplomacy.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CalendarSubscriptionRepository implements PanacheRepositoryBase<CalendarSubscription, Long> {}

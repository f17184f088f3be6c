package vn.diplomacy.stay;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StayRepository implements PanacheRepositoryBase<Stay, Long> {}

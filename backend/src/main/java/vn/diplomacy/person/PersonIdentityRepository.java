package vn.diplomacy.person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonIdentityRepository implements PanacheRepositoryBase<PersonIdentity, Long> {}

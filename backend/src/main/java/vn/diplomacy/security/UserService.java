package vn.diplomacy.security;

import static vn.diplomacy.common.SearchText.trimToNull;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.security.UserDtos.UserCreate;
import vn.diplomacy.security.UserDtos.UserUpdate;
import vn.diplomacy.security.UserDtos.UserView;

@ApplicationScoped
public class UserService {
    private static final SortFields SORTABLE =
            ListQuery.sortable(UserAccount.class, "username", "displayName", "role", "createdAt", "updatedAt");

    private final UserRepository users;

    UserService(UserRepository users) {
        this.users = users;
    }

    @Transactional
    public PageResult<UserView> list(PageParams params, AccountFilters.Users filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        return PageResult.of(users, f.where(), f.list(), UserView::of);
    }

    @Transactional
    public UserView get(long id) {
        return UserView.of(find(id));
    }

    @Transactional
    public UserView create(UserCreate input) {
        if (users.findByUsername(input.username()).isPresent()) {
            throw ProblemException.conflict(
                    "username-taken",
                    Map.of("username", input.username()),
                    "The username '" + input.username() + "' is taken");
        }
        requireAcceptable("password", input.password(), input.username());
        Scope.assignable(input.scopeOrganizationId(), "scopeOrganizationId");
        UserAccount user = new UserAccount();
        user.scopeOrganizationId = input.scopeOrganizationId();
        user.username = input.username();
        user.displayName = trimToNull(input.displayName());
        user.role = input.role();
        user.enabled = true;
        user.passwordHash = BcryptUtil.bcryptHash(input.password());
        users.persistAndFlush(user);
        return UserView.of(user);
    }

    @Transactional
    public UserUpdate current(long id) {
        UserAccount u = find(id);
        return new UserUpdate(u.displayName, u.role, u.enabled, u.scopeOrganizationId);
    }

    @Transactional
    public UserView update(long id, String ifMatch, UserUpdate input, String actor) {
        UserAccount user = find(id);
        ETags.requireMatch(ifMatch, user.version);
        boolean losesAdmin =
                user.role == Role.ADMIN && user.enabled && (input.role() != Role.ADMIN || !input.enabled());
        // Locking the enabled ADMIN rows serialises two admins demoting each other: the second sees the first's change.
        if (losesAdmin
                && users.getEntityManager()
                                .createNativeQuery("select id from app_user where role = 'ADMIN'"
                                        + " and enabled = true order by id for update")
                                .getResultList()
                                .size()
                        <= 1) {
            throw ProblemException.conflict(
                    "last-admin", Map.of(), "This is the last enabled ADMIN; make another user ADMIN first");
        }
        if (losesAdmin && user.username.equals(actor)) {
            throw ProblemException.conflict("You cannot disable or demote your own account");
        }
        if (!java.util.Objects.equals(user.scopeOrganizationId, input.scopeOrganizationId())) {
            Scope.assignable(input.scopeOrganizationId(), "scopeOrganizationId");
        }
        user.displayName = trimToNull(input.displayName());
        user.role = input.role();
        user.enabled = input.enabled();
        user.scopeOrganizationId = input.scopeOrganizationId();
        users.flush();
        return UserView.of(user);
    }

    @Transactional
    public UserView resetPassword(long id, String ifMatch, String newPassword) {
        UserAccount user = find(id);
        ETags.requireMatch(ifMatch, user.version);
        setPassword(user, "newPassword", newPassword);
        users.flush();
        return UserView.of(user);
    }

    void setPassword(UserAccount user, String field, String newPassword) {
        requireAcceptable(field, newPassword, user.username);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.tokenGeneration++;
        user.passwordChangeRequired = false;
    }

    static void requireAcceptable(String field, String password, String username) {
        String problem = PasswordPolicy.problem(password, username);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
    }

    private UserAccount find(long id) {
        return Scope.readable(users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id)));
    }
}

package org.ariadne.identity.user;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating users with their memberships, and reading them for the admin API, sign-in and token claims. */
@Service
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final UserRepository users;
    private final TenantRegistry tenants;
    private final PasswordEncoder passwords;

    public UserAccounts(UserRepository users, TenantRegistry tenants, PasswordEncoder passwords) {
        this.users = users;
        this.tenants = tenants;
        this.passwords = passwords;
    }

    public UserAccount create(NewUser request) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.memberships().size(); i++) {
            Membership m = request.memberships().get(i);
            String at = "/memberships/" + i;
            if (!tenants.exists(m.tenant())) {
                problems.add(new FieldProblem(at + "/tenant", "tenant '" + m.tenant() + "' does not exist"));
            } else if (!seen.add(m.tenant())) {
                problems.add(new FieldProblem(at + "/tenant", "tenant '" + m.tenant()
                        + "' is listed twice; give it one membership with several roles"));
            }
            if (m.roles().contains(TenantRole.FOCAL_POINT) && (m.institution() == null || m.institution().isBlank())) {
                problems.add(new FieldProblem(at + "/institution", "a focal point needs the institution it reports for"));
            }
        }
        String donorOrganisation = donorOrganisation(request.donorOrganisation(), problems);
        if (donorOrganisation != null && !request.memberships().isEmpty()) {
            problems.add(new FieldProblem("/memberships", "a donor user belongs to its donor organisation, not to tenants: "
                    + "give it no memberships (its organisation's funded activities are read through the donor API)"));
        }
        if (donorOrganisation != null && request.platformAdmin()) {
            problems.add(new FieldProblem("/platformAdmin", "a donor user cannot be a platform administrator"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (users.find(request.username()).isPresent()) {
            throw conflict(request.username());
        }
        List<Membership> memberships = request.memberships().stream()
                .map(m -> new Membership(m.tenant(), List.copyOf(new java.util.LinkedHashSet<>(m.roles())),
                        m.institution() == null || m.institution().isBlank() ? null : m.institution().strip()))
                .toList();
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (email != null && users.findByEmail(email).isPresent()) {
            throw ProblemException.validation(List.of(new FieldProblem("/email", "another user already has the e-mail address " + email)));
        }
        UserAccount user = new UserAccount(request.username(), request.displayName(), email, passwords.encode(request.password()),
                request.platformAdmin(), memberships, true, donorOrganisation);
        if (!users.insert(user)) {
            throw conflict(request.username());
        }
        log.info("User {} created (platform admin: {}, tenants: {})", user.username(), user.platformAdmin(),
                memberships.stream().map(Membership::tenant).toList());
        return user;
    }

    /**
     * Makes an existing user a donor's programme officer, or (null) no longer one. The organisation is an id of the
     * partners' global registry, which mints it when the platform administrator registers the institution, so a demo
     * or an operator sets it after the registry holds the institution. Refused for a user with tenant memberships.
     */
    public UserAccount setDonorOrganisation(String username, String organisation) {
        UserAccount user = users.find(username).orElseThrow(() -> ProblemException.notFound("User '" + username + "'"));
        List<FieldProblem> problems = new ArrayList<>();
        String donorOrganisation = donorOrganisation(organisation, problems);
        if (donorOrganisation != null && !user.memberships().isEmpty()) {
            problems.add(new FieldProblem("/institutionId", "user '" + username + "' is a member of "
                    + user.memberships().stream().map(Membership::tenant).toList()
                    + "; a donor user belongs to its donor organisation, not to tenants"));
        }
        if (donorOrganisation != null && user.platformAdmin()) {
            problems.add(new FieldProblem("/institutionId", "a platform administrator cannot be a donor user"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (!users.setDonorOrganisation(username, donorOrganisation)) {
            throw ProblemException.notFound("User '" + username + "'");
        }
        log.info("User {} now speaks for donor organisation {}", username, donorOrganisation);
        return users.find(username).orElseThrow();
    }

    private static String donorOrganisation(String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String id = given.strip();
        if (!id.matches("[A-Za-z0-9._:-]{1,100}")) {
            problems.add(new FieldProblem("/donorOrganisation", "must be an institution id of the global registry "
                    + "(1 to 100 characters among A-Z a-z 0-9 . _ : -)"));
            return null;
        }
        return id;
    }

    public Optional<UserAccount> find(String username) {
        return users.find(username);
    }

    public List<UserAccount> list() {
        return users.all();
    }

    public List<UserAccount> membersOf(String tenant) {
        return users.membersOf(tenant);
    }

    private static ProblemException conflict(String username) {
        return new ProblemException(ProblemType.CONFLICT, "User '" + username + "' already exists");
    }
}

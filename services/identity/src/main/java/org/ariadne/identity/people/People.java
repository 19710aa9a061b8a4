package org.ariadne.identity.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ariadne.identity.invitation.Invitation;
import org.ariadne.identity.invitation.InvitationPurpose;
import org.ariadne.identity.invitation.Invitations;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.identity.user.Membership;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserRepository;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The people of a tenant: inviting them with a role (and, for a focal point, an institution), deactivating and
 * reactivating their membership, and sending them a password-reset link. Every change is limited to the roles the
 * {@link Granter} manages; a member the granter does not manage (a coordinator, for a coordinator) is refused with 403
 * naming the role, and a person who is not a member of the tenant is 404, like any foreign id.
 */
@Service
public class People {

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final UserRepository users;
    private final TenantRegistry tenants;
    private final Invitations invitations;

    public People(UserRepository users, TenantRegistry tenants, Invitations invitations) {
        this.users = users;
        this.tenants = tenants;
        this.invitations = invitations;
    }

    public List<Person> list(String tenant) {
        requireTenant(tenant);
        return users.membersOf(tenant).stream().map(u -> view(u, tenant)).toList();
    }

    public Person get(String tenant, String username) {
        requireTenant(tenant);
        return view(member(tenant, username), tenant);
    }

    /** Gives a person a role in the tenant and sends them a link to set their password (if they have none yet). */
    public Person invite(String tenant, NewPerson request, Granter granter) {
        Tenant target = requireTenant(tenant);
        requireManaged(granter, request.role(), "give the role");
        List<FieldProblem> problems = new ArrayList<>();
        String institution = request.institution() == null || request.institution().isBlank() ? null : request.institution().strip();
        if (request.role() == TenantRole.FOCAL_POINT && institution == null) {
            problems.add(new FieldProblem("/institution", "a focal point needs the institution it reports for"));
        }
        if (request.role() != TenantRole.FOCAL_POINT && (institution != null || request.institutionId() != null)) {
            problems.add(new FieldProblem("/institution", "only a focal point reports for an institution"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        Membership membership = new Membership(tenant, List.of(request.role()), institution, request.institutionId(), true);
        Optional<UserAccount> known = users.findByEmail(email).or(() -> users.find(email));
        UserAccount user;
        if (known.isPresent()) {
            user = known.get();
            if (user.membershipIn(tenant).isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, user.username() + " is already a member of " + tenant
                        + (user.membershipIn(tenant).get().active() ? "" : " (deactivated: reactivate the membership instead)"));
            }
            if (!users.addMembership(user.username(), membership)) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, user.username() + " changed meanwhile; try again");
            }
        } else {
            user = new UserAccount(email, request.displayName().strip(), email, null, false, List.of(membership), true);
            if (!users.insert(user)) {
                throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, email + " was created meanwhile; try again");
            }
        }
        user = users.find(user.username()).orElseThrow();
        log.info("{} invited {} to {} as {}{}", granter.username(), user.username(), tenant, request.role().wireName(),
                institution == null ? "" : " (" + institution + ")");
        if (!user.hasPassword()) {
            invitations.send(user, InvitationPurpose.WELCOME, tenant, language(request.language(), target), granter.username());
        }
        return view(user, tenant);
    }

    public Person setActive(String tenant, String username, boolean active, Granter granter) {
        requireTenant(tenant);
        UserAccount user = member(tenant, username);
        requireManagesAll(granter, user.membershipIn(tenant).orElseThrow(), active ? "reactivate" : "deactivate");
        if (user.username().equals(granter.username())) {
            throw new ProblemException(ProblemType.CONFLICT, "You cannot " + (active ? "reactivate" : "deactivate")
                    + " your own membership; ask a platform admin");
        }
        users.setMembershipActive(username, tenant, active);
        log.info("{} {} {} in {}", granter.username(), active ? "reactivated" : "deactivated", username, tenant);
        return view(users.find(username).orElseThrow(), tenant);
    }

    /** Sends a member a link to set a new password (to the address on their account). */
    public Person resetPassword(String tenant, String username, Granter granter) {
        Tenant target = requireTenant(tenant);
        UserAccount user = member(tenant, username);
        requireManagesAll(granter, user.membershipIn(tenant).orElseThrow(), "reset the password of");
        if (user.platformAdmin() && !granter.platformAdmin()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only platform admins reset a platform admin's password");
        }
        invitations.send(user, user.hasPassword() ? InvitationPurpose.PASSWORD_RESET : InvitationPurpose.WELCOME, tenant,
                language(null, target), granter.username());
        return view(users.find(username).orElseThrow(), tenant);
    }

    private UserAccount member(String tenant, String username) {
        return users.find(username).filter(u -> u.membershipIn(tenant).isPresent())
                .orElseThrow(() -> ProblemException.notFound("Person '" + username + "' in " + tenant));
    }

    private Tenant requireTenant(String tenant) {
        return tenants.find(tenant).orElseThrow(() -> ProblemException.notFound("Tenant '" + tenant + "'"));
    }

    private static void requireManaged(Granter granter, TenantRole role, String action) {
        if (!granter.manages().contains(role)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You cannot " + action + " " + role.wireName()
                    + (role == TenantRole.COORDINATOR ? ": platform admins appoint coordinators" : ""),
                    java.util.Map.of("role", role.wireName()));
        }
    }

    private static void requireManagesAll(Granter granter, Membership membership, String action) {
        for (TenantRole role : membership.roles()) {
            requireManaged(granter, role, action + " a member who is");
        }
    }

    private static String language(String requested, Tenant tenant) {
        return requested != null ? requested : tenant.languages().isEmpty() ? "en" : tenant.languages().get(0);
    }

    private Person view(UserAccount user, String tenant) {
        Membership m = user.membershipIn(tenant).orElseThrow();
        Person.LinkState link = invitations.ofUser(user.username()).stream().findFirst()
                .map(People::link).orElse(null);
        return new Person(user.username(), user.displayName(), user.email(),
                m.roles().stream().map(TenantRole::wireName).collect(Collectors.toList()), m.institution(), m.institutionId(),
                m.active(), user.hasPassword(), link);
    }

    private static Person.LinkState link(Invitation i) {
        return new Person.LinkState(i.purpose().wire(), i.revokedAt() != null ? "replaced" : i.mailStatus(), i.expiresAt(), i.usedAt());
    }
}

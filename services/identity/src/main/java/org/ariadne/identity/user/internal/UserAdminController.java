package org.ariadne.identity.user.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.ariadne.identity.user.Membership;
import org.ariadne.identity.user.NewUser;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ariadne.web.ProblemException;

/** Platform admins create users and give them roles per tenant (the security chain requires platform_admin). */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Users", description = "Users and their roles per tenant (platform admins only)")
class UserAdminController {

    private final UserAccounts users;

    UserAdminController(UserAccounts users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Create a user with memberships in existing tenants, or a donor user (donorOrganisation: a "
            + "global registry institution id, no memberships)")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUser request) {
        List<Membership> memberships = request.memberships() == null ? List.of() : request.memberships().stream()
                .map(m -> new Membership(m.tenant(),
                        m.roles().stream().map(r -> TenantRole.fromWireName(r).orElseThrow()).toList(), m.institution()))
                .toList();
        UserAccount user = users.create(new NewUser(request.username(), request.displayName().strip(), request.email(), request.password(),
                Boolean.TRUE.equals(request.platformAdmin()), memberships, request.donorOrganisation()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + user.username())).body(UserView.of(user));
    }

    @PutMapping("/{username}/donor-organisation")
    @Operation(summary = "Make a user (without tenant memberships) a donor's programme officer: institutionId is the "
            + "donor organisation's id in the partners' global registry; null makes the user no donor any more")
    UserView setDonorOrganisation(@PathVariable String username, @Valid @RequestBody DonorOrganisationRequest request) {
        return UserView.of(users.setDonorOrganisation(username, request.institutionId()));
    }

    record DonorOrganisationRequest(@Size(max = 100) String institutionId) {
    }

    @GetMapping
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return users.find(username).map(UserView::of)
                .orElseThrow(() -> ProblemException.notFound("User '" + username + "'"));
    }

    record CreateUser(
            @NotNull @Pattern(regexp = "^[a-z0-9._-]{3,64}$", message = "must be 3 to 64 characters among a-z 0-9 . _ -") String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email,
            @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters long") String password,
            Boolean platformAdmin,
            @Size(max = 50) List<@Valid @NotNull MembershipRequest> memberships,
            @Size(max = 100) String donorOrganisation) {
    }

    record MembershipRequest(
            @NotBlank @Size(max = 20) String tenant,
            @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = TenantRole.PATTERN,
                    message = "must be one of coordinator, focal_point, viewer") String> roles,
            @Size(max = 200) String institution) {
    }

    /** What the API shows of a user: never the password hash. */
    record UserView(String username, String displayName, String email, boolean platformAdmin, List<MembershipView> memberships,
            boolean enabled, boolean passwordSet, String donorOrganisation) {
        static UserView of(UserAccount u) {
            return new UserView(u.username(), u.displayName(), u.email(), u.platformAdmin(),
                    u.memberships().stream().map(m -> new MembershipView(m.tenant(),
                            m.roles().stream().map(TenantRole::wireName).toList(), m.institution(), m.institutionId(),
                            m.active())).toList(),
                    u.enabled(), u.hasPassword(), u.donorOrganisation());
        }
    }

    record MembershipView(String tenant, List<String> roles, String institution, String institutionId, boolean active) {
    }
}

package org.ariadne.identity.people.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ariadne.identity.people.NewPerson;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.tenancy.TenantRole;

/** The bodies of the people endpoints, validated at the boundary. */
final class PeopleRequests {

    static final String LANGUAGE_TAG = Tenant.LANGUAGE_TAG;

    private PeopleRequests() {
    }

    /** {@code role}: focal_point or viewer (coordinators: platform admins only). */
    record InvitePerson(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Pattern(regexp = "^(coordinator|focal_point|viewer)$", message = "must be one of coordinator, focal_point, viewer") String role,
            @Size(max = 200) String institution,
            @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "must be a registry id") String institutionId,
            @Size(max = Tenant.MAX_LANGUAGE_TAG) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag such as 'bs'")
            String language) {

        NewPerson toNewPerson() {
            return new NewPerson(email, displayName, TenantRole.fromWireName(role).orElseThrow(), institution, institutionId, language);
        }
    }
}

package org.ariadne.identity.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ariadne.identity.people.Granter;
import org.ariadne.identity.people.People;
import org.ariadne.identity.people.Person;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins manage any tenant's people, coordinators included (the security chain requires platform_admin). */
@RestController
@RequestMapping("/api/admin/tenants/{tenant}/people")
@Tag(name = "People (platform admins)", description = "Any tenant's members, coordinators included")
class AdminPeopleController {

    private final People people;

    AdminPeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    List<Person> list(@PathVariable String tenant) {
        return people.list(tenant);
    }

    @PostMapping
    @Operation(summary = "Invite a coordinator, focal point or viewer")
    ResponseEntity<Person> invite(@PathVariable String tenant, @Valid @RequestBody PeopleRequests.InvitePerson request,
            @AuthenticationPrincipal Jwt admin) {
        Person person = people.invite(tenant, request.toNewPerson(), Granter.platformAdmin(admin.getSubject()));
        return ResponseEntity.created(URI.create("/api/admin/tenants/" + tenant + "/people/" + person.username())).body(person);
    }

    @PostMapping("/{username}/deactivation")
    Person deactivate(@PathVariable String tenant, @PathVariable String username, @AuthenticationPrincipal Jwt admin) {
        return people.setActive(tenant, username, false, Granter.platformAdmin(admin.getSubject()));
    }

    @PostMapping("/{username}/reactivation")
    Person reactivate(@PathVariable String tenant, @PathVariable String username, @AuthenticationPrincipal Jwt admin) {
        return people.setActive(tenant, username, true, Granter.platformAdmin(admin.getSubject()));
    }

    @PostMapping("/{username}/password-reset")
    Person resetPassword(@PathVariable String tenant, @PathVariable String username, @AuthenticationPrincipal Jwt admin) {
        return people.resetPassword(tenant, username, Granter.platformAdmin(admin.getSubject()));
    }
}

package org.ariadne.identity.people.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.ariadne.identity.people.Granter;
import org.ariadne.identity.people.People;
import org.ariadne.identity.people.Person;
import org.ariadne.tenancy.access.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's coordinator manages its people through the gateway ({@code /api/t/{tenant}/identity/people}): focal
 * points and viewers; coordinators are appointed by platform admins. The access policy admits coordinators only.
 */
@RestController
@RequestMapping("/api/t/{tenant}/identity/people")
@Tag(name = "People", description = "A tenant's members: invitations, deactivation, password resets (coordinators)")
class TenantPeopleController {

    private final People people;

    TenantPeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "The tenant's members with their role, institution, state and latest link")
    List<Person> list(@PathVariable String tenant) {
        return people.list(caller().tenant().value());
    }

    @GetMapping("/{username}")
    Person get(@PathVariable String tenant, @PathVariable String username) {
        return people.get(caller().tenant().value(), username);
    }

    @PostMapping
    @Operation(summary = "Invite a focal point (with its institution) or a viewer; a new person gets a link to set a password")
    ResponseEntity<Person> invite(@PathVariable String tenant, @Valid @RequestBody PeopleRequests.InvitePerson request) {
        Caller caller = caller();
        Person person = people.invite(caller.tenant().value(), request.toNewPerson(), granter(caller));
        return ResponseEntity.created(URI.create("/api/t/" + caller.tenant() + "/identity/people/" + person.username())).body(person);
    }

    @PostMapping("/{username}/deactivation")
    @Operation(summary = "Deactivate a member: the tenant leaves their tokens from the next sign-in on")
    Person deactivate(@PathVariable String tenant, @PathVariable String username) {
        Caller caller = caller();
        return people.setActive(caller.tenant().value(), username, false, granter(caller));
    }

    @PostMapping("/{username}/reactivation")
    Person reactivate(@PathVariable String tenant, @PathVariable String username) {
        Caller caller = caller();
        return people.setActive(caller.tenant().value(), username, true, granter(caller));
    }

    @PostMapping("/{username}/password-reset")
    @Operation(summary = "Send the member a link (24 hours, single use) to set a new password")
    Person resetPassword(@PathVariable String tenant, @PathVariable String username) {
        Caller caller = caller();
        return people.resetPassword(caller.tenant().value(), username, granter(caller));
    }

    private static Caller caller() {
        return Caller.current();
    }

    private static Granter granter(Caller caller) {
        return new Granter(caller.subject(), false, caller.roles());
    }
}

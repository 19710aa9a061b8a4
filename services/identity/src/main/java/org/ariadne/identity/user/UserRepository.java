package org.ariadne.identity.user;

import java.util.List;
import java.util.Optional;

/**
 * Where users are kept (the platform registry database). Changes are single atomic updates of one user, so two
 * administrators working on the same person never overwrite each other's change.
 */
public interface UserRepository {

    Optional<UserAccount> find(String username);

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> all();

    /** The users with a membership in the tenant (active or not). */
    List<UserAccount> membersOf(String tenant);

    /** False when the username is taken. */
    boolean insert(UserAccount user);

    /** Sets (or, with null, removes) a user's donor organisation; false when there is no such user. */
    boolean setDonorOrganisation(String username, String donorOrganisation);

    /** Adds a membership unless the user already has one in that tenant; false when it had one (or no such user). */
    boolean addMembership(String username, Membership membership);

    /** Activates or deactivates the user's membership in a tenant; false when there is none. */
    boolean setMembershipActive(String username, String tenant, boolean active);

    /** Removes every user's membership in a tenant (offboarding); the number of users changed. */
    long removeMemberships(String tenant);

    void setPassword(String username, String passwordHash);
}

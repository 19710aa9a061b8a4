package org.ariadne.identity.user;

import java.util.List;
import java.util.Optional;

/** Where users are kept (the platform registry database). */
public interface UserRepository {

    Optional<UserAccount> find(String username);

    List<UserAccount> all();

    /** False when the username is taken. */
    boolean insert(UserAccount user);

    /** Sets (or, with null, removes) a user's donor organisation; false when there is no such user. */
    boolean setDonorOrganisation(String username, String donorOrganisation);
}

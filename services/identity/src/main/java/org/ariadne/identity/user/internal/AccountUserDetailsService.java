package org.ariadne.identity.user.internal;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserAccounts;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sign-in (the form at {@code /login}) over the users collection. The authorities only describe the session; the
 * token's {@code tenants} and {@code roles} claims are read fresh from the user when a token is issued.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    AccountUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // an invited user who has not set a password yet cannot sign in: the same answer as a wrong password
        UserAccount user = users.find(username).filter(UserAccount::hasPassword)
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username + " with a password"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_user"));
        if (user.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_platform_admin"));
        }
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(authorities)
                .build();
    }
}

package org.svtracker.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.svtracker.domain.account.Accounts;

@Component
record AccountUserDetailsService(Accounts accounts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}

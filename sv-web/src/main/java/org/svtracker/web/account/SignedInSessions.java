package org.svtracker.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.svtracker.web.security.SignedInUser;

/** Signs a person in without a password form (after accepting an invitation) and ends a user's sessions. */
@Component
class SignedInSessions {

    private final SessionRegistry registry;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignedInSessions(SessionRegistry registry, UserDetailsService users) {
        this.registry = registry;
        this.users = users;
    }

    /** As the sign-in form would: a new session id, the user in it, the session registered. */
    void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(username);
        if (user instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var session = request.getSession(true);
        contexts.saveContext(context, request, response);
        registry.registerNewSession(session.getId(), user);
    }

    /** Every session of the user ends: their next request goes to the sign-in page. */
    void endSessionsOf(long userId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == userId) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}

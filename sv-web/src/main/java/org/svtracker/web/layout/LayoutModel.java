package org.svtracker.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.svtracker.web.demo.DemoMode;
import org.svtracker.web.security.GovukBodyScript;
import org.svtracker.web.security.SignedInUser;

/** What the layout needs on every page: who is signed in, their navigation, and whether this is a demo. */
@ControllerAdvice
class LayoutModel {

    private final DemoMode demoMode;

    LayoutModel(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }

    /** Rendered inline at the start of the body; the Content Security Policy allows it by its hash. */
    @ModelAttribute("govukBodyScript")
    String govukBodyScript() {
        return GovukBodyScript.SOURCE;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** Home is current only on itself; a section is current on every page under it. */
    private static boolean isCurrent(String href, String path) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(Authentication authentication, HttpServletRequest request) {
        SignedInUser user = currentUser(authentication);
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Navigation.forRole(user.role()).stream()
                .map(item -> new NavigationItem(item.messageKey(), item.href(), isCurrent(item.href(), path)))
                .toList();
    }
}

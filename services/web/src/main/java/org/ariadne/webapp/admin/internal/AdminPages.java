package org.ariadne.webapp.admin.internal;

import org.ariadne.webapp.api.PlatformApi;
import org.ariadne.webapp.shell.ForbiddenPageException;
import org.ariadne.webapp.signin.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform administrator's view of the registry: every jurisdiction and every user, read from identity. */
@Controller
class AdminPages {

    private final PlatformApi api;
    private final CurrentUser currentUser;

    AdminPages(PlatformApi api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/tenants")
    String tenants(Model model) {
        requireAdmin();
        model.addAttribute("tenants", api.list("/api/admin/tenants"));
        return "admin-tenants";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        requireAdmin();
        model.addAttribute("users", api.list("/api/admin/users"));
        return "admin-users";
    }

    private void requireAdmin() {
        if (!currentUser.get().platformAdmin()) {
            throw new ForbiddenPageException("platform administrators only");
        }
    }
}

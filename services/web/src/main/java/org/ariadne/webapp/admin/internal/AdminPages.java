package org.ariadne.webapp.admin.internal;

import org.ariadne.webapp.api.PlatformApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform administrator's view of the registry: every jurisdiction and every user, read from identity. */
@Controller
class AdminPages {

    private final PlatformApi api;
    private final PlatformAdmins admins;

    AdminPages(PlatformApi api, PlatformAdmins admins) {
        this.api = api;
        this.admins = admins;
    }

    @GetMapping("/admin/tenants")
    String tenants(Model model) {
        admins.require();
        model.addAttribute("tenants", api.list("/api/admin/tenants"));
        return "admin-tenants";
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        admins.require();
        model.addAttribute("users", api.list("/api/admin/users"));
        return "admin-users";
    }
}

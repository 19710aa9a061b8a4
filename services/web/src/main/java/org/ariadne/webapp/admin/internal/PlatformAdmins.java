package org.ariadne.webapp.admin.internal;

import org.ariadne.webapp.shell.ForbiddenPageException;
import org.ariadne.webapp.signin.CurrentUser;
import org.springframework.stereotype.Component;

/** The admin pages are the platform administrator's only (identity would refuse anyone else's token anyway). */
@Component
class PlatformAdmins {

    private final CurrentUser currentUser;

    PlatformAdmins(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void require() {
        if (!currentUser.get().platformAdmin()) {
            throw new ForbiddenPageException("platform administrators only");
        }
    }
}

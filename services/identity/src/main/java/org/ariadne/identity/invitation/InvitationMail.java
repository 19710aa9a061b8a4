package org.ariadne.identity.invitation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text of an invitation mail, in the tenant's language where one is written (Bosnian/Croatian/Serbian in Latin
 * script), English otherwise.
 */
public record InvitationMail(String subject, String text) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public static InvitationMail of(Invitation invitation, String link, String tenantName) {
        String until = WHEN.format(invitation.expiresAt());
        boolean local = invitation.language() != null && invitation.language().matches("^(bs|hr|sr|sr-Latn|cnr|me)(-.*)?$");
        String who = invitation.displayName() == null ? "" : " " + invitation.displayName();
        if (invitation.purpose() == InvitationPurpose.PASSWORD_RESET) {
            return local
                    ? new InvitationMail("Ariadne: nova lozinka", """
                            Poštovani%s,

                            zatražena je nova lozinka za vaš Ariadne račun (%s). Lozinku postavite ovdje:

                            %s

                            Link vrijedi jednom, do %s. Ako niste očekivali ovu poruku, obratite se svom koordinatoru.
                            """.formatted(who, invitation.username(), link, until))
                    : new InvitationMail("Ariadne: set a new password", """
                            Dear%s,

                            a new password was requested for your Ariadne account (%s). Set it here:

                            %s

                            The link works once, until %s. If you did not expect this message, contact your coordinator.
                            """.formatted(who, invitation.username(), link, until));
        }
        return local
                ? new InvitationMail("Ariadne: pozivnica za " + tenantName, """
                        Poštovani%s,

                        pozvani ste u Ariadne za %s. Vaše korisničko ime je %s. Postavite lozinku ovdje:

                        %s

                        Link vrijedi jednom, do %s. Nakon toga se prijavite korisničkim imenom i lozinkom.
                        """.formatted(who, tenantName, invitation.username(), link, until))
                : new InvitationMail("Ariadne: your invitation to " + tenantName, """
                        Dear%s,

                        you were invited to Ariadne for %s. Your user name is %s. Set your password here:

                        %s

                        The link works once, until %s. Then sign in with your user name and password.
                        """.formatted(who, tenantName, invitation.username(), link, until));
    }
}

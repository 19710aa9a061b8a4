package org.ariadne.identity.invitation.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.ariadne.identity.invitation.Invitation;
import org.ariadne.identity.invitation.InvitationPurpose;
import org.ariadne.identity.invitation.Invitations;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The page an invitation mail links to ({@code /invitations/{token}}, public, through the gateway): a form to set the
 * password, and its answer. A link that was used, replaced or has expired says so and where to ask for a new one.
 */
@Controller
class InvitationPage {

    private final Invitations invitations;

    InvitationPage(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping(value = "/invitations/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String token, HttpServletRequest request) {
        return invitations.usable(token)
                .map(invitation -> page(HttpStatus.OK, title(invitation), form(invitation, request, null)))
                .orElseGet(InvitationPage::unusable);
    }

    @PostMapping(value = "/invitations/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> redeem(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, HttpServletRequest request) {
        var invitation = invitations.usable(token);
        if (invitation.isEmpty()) {
            return unusable();
        }
        try {
            UserAccount user = invitations.redeem(token, password, confirmation);
            return page(HttpStatus.OK, "Password set", """
                    <p>Your password is set. Sign in as <strong>%s</strong> with it.</p>
                    <p><a href="/">Open Ariadne</a></p>""".formatted(HtmlUtils.htmlEscape(user.username())));
        } catch (ProblemException e) {
            if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                return unusable();
            }
            String detail = e.getBody().getProperties() != null && e.getBody().getProperties().get("errors") instanceof java.util.List<?> errors
                    ? errors.stream().map(error -> error instanceof org.ariadne.web.FieldProblem p ? p.detail() : String.valueOf(error))
                            .reduce((a, b) -> a + "; " + b).orElse(e.getBody().getDetail())
                    : e.getBody().getDetail();
            return page(HttpStatus.UNPROCESSABLE_CONTENT, title(invitation.get()),
                    form(invitation.get(), request, "The password " + detail + "."));
        }
    }

    private static String title(Invitation invitation) {
        return invitation.purpose() == InvitationPurpose.PASSWORD_RESET ? "Set a new password" : "Welcome to Ariadne";
    }

    private static String form(Invitation invitation, HttpServletRequest request, String error) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return """
                <p>User name: <strong>%s</strong></p>
                %s
                <form method="post">
                <input type="hidden" name="%s" value="%s">
                <p><label for="password">Password (%d to %d characters)</label><br>
                <input id="password" name="password" type="password" autocomplete="new-password" minlength="%d" maxlength="%d" required></p>
                <p><label for="confirmation">Password again</label><br>
                <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required></p>
                <p><button type="submit">Set password</button></p>
                </form>
                <p>This link works once, until %s UTC.</p>""".formatted(
                HtmlUtils.htmlEscape(invitation.username()),
                error == null ? "" : "<p role=\"alert\"><strong>" + HtmlUtils.htmlEscape(error) + "</strong></p>",
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()),
                Invitations.MIN_PASSWORD, Invitations.MAX_PASSWORD, Invitations.MIN_PASSWORD, Invitations.MAX_PASSWORD,
                invitation.expiresAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", ""));
    }

    private static ResponseEntity<String> unusable() {
        return page(HttpStatus.NOT_FOUND, "This link cannot be used", """
                <p>The link has been used already, was replaced by a newer one, or has expired.</p>
                <p>Ask your coordinator (or the platform operator) to send you a new one.</p>""");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body("""
                        <!DOCTYPE html>
                        <html lang="en">
                        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                        <title>%s – Ariadne</title></head>
                        <body><main>
                        <h1>%s</h1>
                        %s
                        </main></body>
                        </html>
                        """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body));
    }
}

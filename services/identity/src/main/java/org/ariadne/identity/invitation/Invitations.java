package org.ariadne.identity.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ariadne.identity.signin.SignedInBrowsers;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserRepository;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * One-time links by e-mail: a new invitation revokes the user's earlier unused ones of the same purpose, the mail is
 * sent in the background ({@code InvitationMailer}, so the request that invites returns at once), and redeeming a link
 * sets the password, uses the link up and signs the user out of every browser.
 */
@Service
public class Invitations {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final InvitationRepository invitations;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SignedInBrowsers browsers;
    private final List<Runnable> mailWaiting = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public Invitations(InvitationRepository invitations, UserRepository users, PasswordEncoder passwords,
            SignedInBrowsers browsers) {
        this.invitations = invitations;
        this.users = users;
        this.passwords = passwords;
        this.browsers = browsers;
    }

    /** Someone to tell when a mail waits (the mailer). */
    public void onMailWaiting(Runnable listener) {
        mailWaiting.add(listener);
    }

    /** Sends a user a one-time link; the user must have an e-mail address. */
    public Invitation send(UserAccount user, InvitationPurpose purpose, String tenant, String language, String invitedBy) {
        if (user.email() == null) {
            throw new ProblemException(ProblemType.CONFLICT, "User '" + user.username()
                    + "' has no e-mail address to send a link to; a platform admin sets the password instead");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitations.revokeUnused(user.username(), purpose, now);
        Invitation invitation = new Invitation(hash(token), user.username(), user.email(), user.displayName(), purpose, tenant,
                language, invitedBy, now, now.plus(purpose.validFor()), null, null, "pending");
        invitations.insert(invitation, token);
        log.info("{} link for {} ({}) created by {}, valid until {}", purpose.wire(), user.username(), tenant, invitedBy,
                invitation.expiresAt());
        mailWaiting.forEach(Runnable::run);
        return invitation;
    }

    /** The invitation behind a link, if it can still be used. */
    public Optional<Invitation> usable(String token) {
        return lookup(token).filter(i -> i.usableAt(clock.instant()));
    }

    /** Sets the password a link was sent for; the link is used up. 404 for a link that cannot be used (any more). */
    public UserAccount redeem(String token, String password, String confirmation) {
        Invitation invitation = usable(token).orElseThrow(Invitations::unusable);
        UserAccount user = users.find(invitation.username()).orElseThrow(Invitations::unusable);
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            problems.add(new FieldProblem("/password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long"));
        } else if (password.equalsIgnoreCase(user.username()) || password.equalsIgnoreCase(String.valueOf(user.email()))) {
            problems.add(new FieldProblem("/password", "must not be your user name or e-mail address"));
        } else if (!password.equals(confirmation)) {
            problems.add(new FieldProblem("/confirmation", "must repeat the password exactly"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        if (!invitations.use(invitation.id(), clock.instant())) {
            throw unusable();
        }
        users.setPassword(user.username(), passwords.encode(password));
        browsers.signOutEverywhere(user.username());
        log.info("{} set a password through a {} link", user.username(), invitation.purpose().wire());
        return user;
    }

    public List<Invitation> ofUser(String username) {
        return invitations.ofUser(username);
    }

    private Optional<Invitation> lookup(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.find(hash(token));
    }

    private static ProblemException unusable() {
        return ProblemException.notFound("This link (it may have been used already, replaced by a newer one or expired)");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.ariadne.plans.plan.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ariadne.plans.plan.ChangeAuthor;
import org.ariadne.plans.plan.ChangeReason;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The author of a change made through HTTP: the token's subject, and the {@code X-Change-Reason} header. */
@Component
class RequestChangeAuthor implements ChangeAuthor {

    static final String REASON_HEADER = ChangeReason.HEADER;
    static final int MAX_REASON = ChangeReason.MAX_LENGTH;

    @Override
    public String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    @Override
    public String reason() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes)) {
            return null;
        }
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest();
        return reasonOf(request.getHeader(REASON_HEADER));
    }

    /** The reason as given (stripped), null when none; 422 when it is longer than {@value #MAX_REASON} characters. */
    static String reasonOf(String header) {
        String reason = ChangeReason.fromHeader(header);
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.validation(List.of(new FieldProblem(REASON_HEADER,
                    "at most " + MAX_REASON + " characters")));
        }
        return reason;
    }
}

package org.ariadne.webapp.shell.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.webapp.api.ApiProblemException;
import org.ariadne.webapp.shell.ForbiddenPageException;
import org.ariadne.webapp.shell.PageNotFoundException;
import org.ariadne.webapp.signin.SignInRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the user sees when a page cannot be shown: a message in their language with what to do next, never a stack
 * trace. The service's own words (English) are shown as a detail, because they name what exactly went wrong.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(SignInRequiredException.class)
    String signInAgain(SignInRequiredException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Signing the user in again: {}", e.getMessage());
        request.getSession().invalidate();
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", "/sign-in/start/ariadne");
            return "fragments/empty";
        }
        return "redirect:/sign-in/start/ariadne";
    }

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException e, Model model, HttpServletResponse response) {
        int status = switch (e.status()) {
            case 403, 404, 503 -> e.status();
            default -> e.status() >= 500 ? 502 : e.status();
        };
        if (status >= 500) {
            log.warn("A page could not be shown: {}", e.getMessage());
        }
        response.setStatus(status);
        model.addAttribute("problem", e);
        model.addAttribute("problemKey", org.ariadne.webapp.shell.Notice.messageKey(e.slug()));
        model.addAttribute("kind", kind(status));
        return "error-page";
    }

    static String kind(int status) {
        return switch (status) {
            case 403 -> "forbidden";
            case 404 -> "notfound";
            case 502, 503 -> "unavailable";
            default -> "failed";
        };
    }

    @ExceptionHandler({PageNotFoundException.class, NoResourceFoundException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("kind", "notfound");
        return "error-page";
    }

    @ExceptionHandler(ForbiddenPageException.class)
    String forbidden(ForbiddenPageException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("kind", "forbidden");
        return "error-page";
    }
}

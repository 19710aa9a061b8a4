package org.ariadne.web.servlet;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.ClassUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ariadne.web.Problems;

/**
 * Replaces Boot's error controller (its JSON is not a problem, its page is HTML): what the servlet container forwards
 * to {@code /error} — an exception thrown by a filter, a {@code sendError} — answers as a problem of the catalogue.
 * Called directly, {@code /error} is an address like any unknown one: 404. Nothing from the request (such as a
 * {@code message} parameter) is echoed.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);
    private static final boolean MONGO_PRESENT = ClassUtils.isPresent("com.mongodb.MongoException",
            ProblemErrorController.class.getClassLoader());

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == null && error == null) {
            return entity(new ProblemException(ProblemType.NOT_FOUND,
                    "There is no " + request.getMethod() + " " + request.getRequestURI() + " in this API"));
        }
        ProblemException problem = problemFor(request, error, status instanceof Integer code ? code : 500);
        if (problem.getStatusCode().value() == 503) {
            return MongoProblems.entity(problem);
        }
        return entity(problem);
    }

    private static ProblemException problemFor(HttpServletRequest request, Throwable error, int status) {
        if (error instanceof ProblemException problem) {
            return problem;
        }
        if (error instanceof RequestRejectedException rejected) {
            return FirewallRejections.problem(rejected);
        }
        if (error instanceof ErrorResponse response) {
            ProblemType type = ProblemType.forStatus(response.getStatusCode().value());
            return new ProblemException(type, response.getBody().getDetail() == null ? type.title() : response.getBody().getDetail());
        }
        if (error != null && "org.apache.tomcat.util.http.InvalidParameterException".equals(error.getClass().getName())) {
            return ContainerParameterProblems.problem();
        }
        if (error != null && MONGO_PRESENT) {
            ProblemException unavailable = MongoProblems.find(error).orElse(null);
            if (unavailable != null) {
                return unavailable;
            }
        }
        ProblemType type = ProblemType.forStatus(error != null && status < 500 ? 500 : status);
        if (type.status().is5xxServerError()) {
            log.error("Unhandled error on {} {} (status {})", request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status, error);
            return new ProblemException(type, type == ProblemType.UPSTREAM_UNAVAILABLE
                    ? "The service is temporarily unavailable; try again shortly" : "An unexpected error occurred; it has been logged");
        }
        ProblemException problem = new ProblemException(type, ContainerErrors.detail(status));
        problem.getBody().setStatus(status);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> entity(ProblemException problem) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(Problems.MEDIA_TYPE));
        return new ResponseEntity<>(problem.getBody(), headers, org.springframework.http.HttpStatusCode.valueOf(
                problem.getBody().getStatus()));
    }
}

package org.ariadne.web.servlet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.springframework.http.ProblemDetail;

/**
 * The servlet container's own refusals — a request target it will not parse ({@code %2F}, {@code %00},
 * {@code %5C}, a raw backslash, {@code [}/{@code ]} in a query), a request line or headers too long — happen before
 * any filter or controller runs. Tomcat renders them with its error report valve as an HTML page; this valve renders
 * the same answers as problems of the catalogue, with details in API terms and nothing echoed from the request.
 */
final class ContainerErrors extends ErrorReportValve {

    ContainerErrors() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** What a client reads for a status the container (or a bare sendError) answered. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid HTTP for this API: the path or query holds a character that must be "
                    + "percent-encoded as UTF-8 (such as [ ] { } | \\ ^ ` \" < > or a space), an encoded slash (%2F), "
                    + "backslash (%5C) or NUL (%00), or a malformed escape; or a header is malformed";
            case 404 -> "There is no such address in this API; see /v3/api-docs for the operations it has";
            case 405 -> "This address does not accept that method; see /v3/api-docs for the operations it has";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long: send long input in a request body";
            case 431 -> "The request headers are too large";
            default -> ProblemType.forStatus(status).title();
        };
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = type.status().is5xxServerError() ? "An unexpected error occurred; it has been logged" : detail(status);
        try {
            response.setContentType(Problems.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                ProblemDetail problem = Problems.of(type, detail);
                problem.setStatus(status);
                writer.write(Problems.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing left to tell it
        }
    }
}

package org.ariadne.web.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ariadne.web.ProblemException;
import org.ariadne.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Writes a problem from a servlet filter, where no controller advice runs. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The same problem as a response entity, for advices outside {@link ProblemHandler}. */
    public static ResponseEntity<ProblemDetail> entity(ProblemException problem) {
        return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.parseMediaType(Problems.MEDIA_TYPE))
                .body(problem.getBody());
    }

    public static void write(HttpServletResponse response, ProblemException problem) throws IOException {
        response.setStatus(problem.getStatusCode().value());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problems.toJson(problem.getBody()));
    }
}

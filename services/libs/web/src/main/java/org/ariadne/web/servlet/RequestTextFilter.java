package org.ariadne.web.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.TextRule;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The parts of a request that Spring reads as text before any controller: the path, the query and the Content-Type.
 * The path and every query parameter (name and value) must be percent-encoded UTF-8 that decodes to text the
 * {@link TextRule} accepts — {@code ?q=%00}, {@code ?q=%ff%fe} (not UTF-8) or {@code ?institution=%c0%80} (an
 * overlong NUL) are refused here with {@code 400 malformed-request} naming the parameter, before they reach a query.
 * A Content-Type that is a wildcard ({@code *}{@code /*}) names no media type: {@code 415}.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemException refused = check(request);
        if (refused != null) {
            ProblemResponses.write(response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    static ProblemException check(HttpServletRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.strip().startsWith("*")) {
            return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + contentType.strip()
                    + " names no media type: send the body's type, application/json for JSON");
        }
        String path = request.getRequestURI();
        String pathProblem = decodeProblem(path, false);
        if (pathProblem != null) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, "The path " + pathProblem);
        }
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decodeOrNull(rawName);
            String label = name == null || !TextRule.isAcceptable(name) ? "a query parameter name" : "query parameter " + name;
            String nameProblem = decodeProblem(rawName, true);
            if (nameProblem != null) {
                return problem(label, rawName, nameProblem);
            }
            if (equals >= 0) {
                String valueProblem = decodeProblem(pair.substring(equals + 1), true);
                if (valueProblem != null) {
                    return problem(label, name, valueProblem);
                }
            }
        }
        return null;
    }

    private static ProblemException problem(String label, String name, String what) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, "The value of " + label + " " + what,
                Map.of("errors", java.util.List.of(new FieldProblem(name == null ? "" : name, what))));
    }

    /** Why {@code raw} is not acceptable percent-encoded UTF-8 text, or null. */
    private static String decodeProblem(String raw, boolean plusIsSpace) {
        String decoded;
        try {
            decoded = decode(raw, plusIsSpace);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return TextRule.violation(decoded).orElse(null);
    }

    private static String decodeOrNull(String raw) {
        try {
            return decode(raw, true);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("holds a malformed percent-escape; write a % sign as %25");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("holds a character that is not percent-encoded; encode text as UTF-8 "
                        + "bytes, each written as %XX");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not percent-encoded UTF-8; encode text as UTF-8 bytes, each as %XX");
        }
    }
}

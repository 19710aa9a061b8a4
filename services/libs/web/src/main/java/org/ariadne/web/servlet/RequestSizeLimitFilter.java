package org.ariadne.web.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies above the configured limit with 413 before anything reads them: by Content-Length when it is
 * declared, and by counting while reading when the body is chunked.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** lib-tenancy's tenant-data import streams a tenant's whole database; it bounds each line itself. */
    static final String TENANT_DATA_PATH = "/api/platform/tenant-data/";

    private final long maxBytes;
    private final java.util.Map<String, Long> maxBytesByPath;

    public RequestSizeLimitFilter(long maxBytes) {
        this(maxBytes, java.util.Map.of());
    }

    /** {@code maxBytesByPath}: a larger (or smaller) limit for requests whose path starts with a prefix. */
    public RequestSizeLimitFilter(long maxBytes, java.util.Map<String, Long> maxBytesByPath) {
        this.maxBytes = maxBytes;
        this.maxBytesByPath = java.util.Map.copyOf(maxBytesByPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(TENANT_DATA_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()));
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            ProblemResponses.write(response, tooLarge(limit));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new CountingRequest(request, limit), response);
    }

    private long limitFor(String path) {
        return maxBytesByPath.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .max(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                .map(java.util.Map.Entry::getValue).orElse(maxBytes);
    }

    private ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body exceeds the limit of " + maxBytes + " bytes", java.util.Map.of("maxBytes", maxBytes));
    }

    private final class CountingRequest extends HttpServletRequestWrapper {
        private final long limit;

        CountingRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > limit) {
                        throw tooLarge(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (count += n) > limit) {
                        throw tooLarge(limit);
                    }
                    return n;
                }

                @Override public boolean isFinished() { return in.isFinished(); }
                @Override public boolean isReady() { return in.isReady(); }
                @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
            };
        }
    }
}

package org.ariadne.gateway.inbound;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first look at every HTTP/1.1 request, right after Netty decoded its head and before Reactor Netty or Spring
 * see it: what neither of them could answer with a problem is answered here, as {@code application/problem+json},
 * and the connection is closed (the rest of what the client sends is not read).
 * <ul>
 * <li>a request line longer than {@code server.netty.max-initial-line-length} → 414 {@code uri-too-long} (Reactor
 * Netty would answer an empty 414);</li>
 * <li>headers larger than {@code server.max-http-request-header-size} → 431 {@code headers-too-large};</li>
 * <li>any other request Netty could not decode → 400 {@code malformed-request};</li>
 * <li>a request target with a character RFC 3986 does not allow unencoded — {@code \ < > " { } | ^ `}, a space,
 * {@code [ ]} outside an IPv6 host, controls, non-ASCII — → 400 {@code malformed-request} (Spring would answer an
 * empty 400 for most of them, and the services' Tomcat an HTML page for {@code [ ]} in a query).</li>
 * </ul>
 * One instance per connection (it remembers that the connection is being refused).
 */
public final class RequestLineGuard extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(RequestLineGuard.class);
    private static final boolean[] ALLOWED_IN_TARGET = allowedInTarget();

    private final int maxInitialLineLength;
    private final long maxHeaderBytes;
    private boolean refusing;

    public RequestLineGuard(int maxInitialLineLength, long maxHeaderBytes) {
        this.maxInitialLineLength = maxInitialLineLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refusing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            FullHttpResponse refusal = refusalOf(request);
            if (refusal != null) {
                refusing = true;
                ReferenceCountUtil.release(msg);
                ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private FullHttpResponse refusalOf(HttpRequest request) {
        DecoderResult decoded = request.decoderResult();
        if (decoded.isFailure()) {
            Throwable cause = decoded.cause();
            log.debug("Refused a request Netty could not decode: {}", cause.toString());
            if (cause instanceof TooLongHttpLineException) {
                return problem(ProblemType.URI_TOO_LONG, "The request line is longer than " + maxInitialLineLength
                        + " bytes; send long input in a request body instead of the URL", Map.of("maxBytes", maxInitialLineLength));
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return problem(ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than " + maxHeaderBytes + " bytes",
                        Map.of("maxBytes", maxHeaderBytes));
            }
            return problem(ProblemType.MALFORMED_REQUEST, "The request could not be read as HTTP/1.1", Map.of());
        }
        if (!isAllowedTarget(request.uri())) {
            log.debug("Refused a request target with characters that must be percent-encoded");
            return problem(ProblemType.MALFORMED_REQUEST, "The URL contains characters that must be percent-encoded: "
                    + "only letters, digits, - . _ ~ ! $ & ' ( ) * + , ; = : @ / ? and %XX escapes may appear as they are "
                    + "(for example '[' is sent as %5B and ']' as %5D)", Map.of());
        }
        return null;
    }

    /** RFC 3986 origin-form (path and query): unreserved, sub-delims, ':', '@', '/', '?' and well-formed %XX. */
    static boolean isAllowedTarget(String target) {
        if (target.isEmpty()) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !isHex(target.charAt(i + 1)) || !isHex(target.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= ALLOWED_IN_TARGET.length || !ALLOWED_IN_TARGET[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean[] allowedInTarget() {
        boolean[] allowed = new boolean[128];
        for (char c = 'a'; c <= 'z'; c++) {
            allowed[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            allowed[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            allowed[c] = true;
        }
        for (char c : "-._~!$&'()*+,;=:@/?".toCharArray()) {
            allowed[c] = true;
        }
        return allowed;
    }

    private static FullHttpResponse problem(ProblemType type, String detail, Map<String, Object> properties) {
        byte[] body = Problems.toJson(Problems.of(type, detail, properties)).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return response;
    }
}

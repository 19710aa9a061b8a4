package org.ariadne.testing;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: raw bytes in the request target (a
 * backslash, {@code [}, invalid UTF-8), control bytes in headers, a header twice, no Content-Type at all. One request
 * per connection ({@code Connection: close}); the answer is read to the end of the stream.
 */
public final class RawHttp {

    private final String method;
    private final byte[] target;
    private final List<byte[]> headers = new ArrayList<>();
    private byte[] body;

    private RawHttp(String method, byte[] target) {
        this.method = method;
        this.target = target;
    }

    /** A request whose target is sent byte for byte as given (ISO-8859-1: one char, one byte). */
    public static RawHttp request(String method, String target) {
        return new RawHttp(method, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static RawHttp request(String method, byte[] target) {
        return new RawHttp(method, target.clone());
    }

    /** A header line; the value is sent byte for byte (ISO-8859-1), so it may hold control or non-ASCII bytes. */
    public RawHttp header(String name, String value) {
        headers.add((name + ": " + value).getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A header whose value is raw bytes (invalid UTF-8, for instance). */
    public RawHttp header(String name, byte[] value) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((name + ": ").getBytes(StandardCharsets.ISO_8859_1));
        line.writeBytes(value);
        headers.add(line.toByteArray());
        return this;
    }

    public RawHttp bearer(String token) {
        return token == null ? this : header("Authorization", "Bearer " + token);
    }

    /** The body, sent with its Content-Length and without a Content-Type unless one was added as a header. */
    public RawHttp body(byte[] bytes) {
        this.body = bytes == null ? null : bytes.clone();
        return this;
    }

    public RawHttp body(String utf8) {
        return body(utf8.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes this request puts on the wire. */
    public byte[] bytes(int port) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(method.getBytes(StandardCharsets.ISO_8859_1));
        out.write(' ');
        out.writeBytes(target);
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes((port + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] header : headers) {
            out.writeBytes(header);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        if (body != null) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    public Response send(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(bytes(port));
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + method + " " + new String(target, StandardCharsets.ISO_8859_1), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a server that answered and then reset the connection (it refused the rest of the request): keep the answer
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    /** An answer as read from the wire: status, headers (names in lower case) and the decoded body. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        static Response parse(byte[] raw) {
            int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
            if (end < 0) {
                throw new IllegalStateException("not an HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
            }
            String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(lines[i].substring(colon + 1).trim());
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
            byte[] body = encoding.stream().anyMatch(v -> v.equalsIgnoreCase("chunked")) ? dechunk(rest) : rest;
            return new Response(status, headers, body);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public <T> T json(String jsonPath) {
            return JsonPath.read(text(), jsonPath);
        }

        /** An RFC 9457 answer of the catalogue (any slug when {@code slug} is null) whose status matches the answer's. */
        public boolean isProblem(String slug) {
            String contentType = header("content-type");
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return false;
            }
            try {
                String type = json("$.type");
                Object status = json("$.status");
                return type != null && type.startsWith("urn:ariadne:problem:") && (slug == null || type.endsWith(":" + slug))
                        && status instanceof Number number && number.intValue() == this.status;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + (header("content-type") == null ? "" : header("content-type") + " ")
                    + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
                if (lineEnd < 0) {
                    break;
                }
                String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] haystack, byte[] needle, int from) {
            outer:
            for (int i = from; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}

package org.ariadne.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: for request lines an HTTP client library would encode or
 * refuse (raw {@code \ < > [ ]}, a 10,000-character URI) and for bodies that keep coming after the server answered.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What a request sends after its head (nothing for a GET). */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private RawHttp() {
    }

    static Response get(int port, String target, String... headerLines) {
        return send(port, "GET " + target + " HTTP/1.1", headerLines, null);
    }

    /**
     * Sends the head, then the body on another thread while this one reads the answer: a server may answer (and close)
     * before the client has sent everything, as a gateway refusing an oversized body does. A failing write after that
     * is expected and ignored.
     */
    static Response send(int port, String requestLine, String[] headerLines, Body body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port).append("\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            if (body == null) {
                head.append("Connection: close\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = null;
            if (body != null) {
                writer = new Thread(() -> {
                    try {
                        body.writeTo(out);
                        out.flush();
                    } catch (IOException refusedMidway) {
                        // the server answered and closed the connection before the whole body was sent
                    }
                }, "raw-http-body");
                writer.setDaemon(true);
                writer.start();
            }
            Response response = read(socket.getInputStream());
            if (writer != null) {
                writer.interrupt();
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chunked body of {@code total} bytes in 64 KiB chunks. */
    static Body chunked(long total) {
        return out -> {
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            long sent = 0;
            while (sent < total) {
                int size = (int) Math.min(chunk.length, total - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                sent += size;
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        };
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}

package org.ariadne.plans.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The reason a user gives for a change, sent as the {@code X-Change-Reason} header and kept in the audit trail.
 *
 * <p>Header values are ASCII in practice: browsers refuse others, and the services' firewall refuses control bytes,
 * which raw UTF-8 letters contain. So a reason with letters beyond ASCII (č ć đ š ž) is sent percent-encoded UTF-8,
 * as JavaScript's {@code encodeURIComponent} writes it ("zaklju%C4%8Dku"). A value that does not decode that way is
 * kept as received; a value of UTF-8 bytes that did get through (one byte per character) is read as UTF-8.
 */
public final class ChangeReason {

    public static final String HEADER = "X-Change-Reason";
    public static final int MAX_LENGTH = 500;

    private ChangeReason() {
    }

    /** The reason as the user wrote it (stripped), null when none; may be longer than {@link #MAX_LENGTH}. */
    public static String fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return asUtf8IfItIs(percentDecoded(header)).strip();
    }

    /** %XX sequences as UTF-8 bytes ('+' stays '+': this is not form encoding); the value as is if malformed. */
    private static String percentDecoded(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()
                    && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7F) {
                return value; // not a percent-encoded value
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    private static String asUtf8IfItIs(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                return value; // already decoded by someone else: not a byte-per-char string
            }
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }
}

package org.ariadne.webapp.api;

import java.util.Map;

/** A successful answer: its status, the headers pages use, and the JSON body as maps and lists. */
public record ApiResponse(int status, String location, String etag, Map<String, Object> body) {
}

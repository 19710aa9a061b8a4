package org.ariadne.webapp.api;

/** A file a service answered with (a report), passed on to the browser as it came. */
public record Download(byte[] content, String contentType, String contentDisposition) {
}

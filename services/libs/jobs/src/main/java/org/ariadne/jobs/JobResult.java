package org.ariadne.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a job produced: a resource it created ({@code type} resource, {@code href} its location, {@code resourceId}) or
 * a file ({@code type} file, {@code href} = {@code …/jobs/{id}/result}, its name, media type and size).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobResult(String type, String href, String resourceId, String fileName, String mediaType, Long size) {

    public static final String RESOURCE = "resource";
    public static final String FILE = "file";
}

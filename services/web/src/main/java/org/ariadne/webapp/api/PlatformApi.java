package org.ariadne.webapp.api;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.webapp.WebProperties;
import org.ariadne.webapp.signin.CurrentUser;
import org.ariadne.webapp.signin.SignInRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's public API as the signed-in user: every call goes through the gateway with the user's own access
 * token, so the services decide what the user may see and do, exactly as for any other client. Problems come back as
 * {@link ApiProblemException}; a 401 means the session's token is no longer accepted and the user signs in again.
 */
@Component
public class PlatformApi {

    private static final Logger log = LoggerFactory.getLogger(PlatformApi.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient rest;
    private final CurrentUser user;
    private final JsonMapper json = JsonMapper.builder().build();

    PlatformApi(WebProperties properties, CurrentUser user) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(properties.apiTimeout());
        // every URI variable (ids, what a user typed into a search) is encoded whole: it can never add a path or a parameter
        DefaultUriBuilderFactory uris = new DefaultUriBuilderFactory(properties.gatewayUrl());
        uris.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.VALUES_ONLY);
        this.rest = RestClient.builder().uriBuilderFactory(uris).requestFactory(requests).build();
        this.user = user;
    }

    public Map<String, Object> get(String path, Object... variables) {
        return exchange(HttpMethod.GET, path, variables, null, null, Map.of()).body();
    }

    /** An answer that is a JSON array (identity's admin lists). */
    public List<Map<String, Object>> list(String path, Object... variables) {
        try {
            List<Map<String, Object>> items = rest.get().uri(path, variables)
                    .headers(h -> h.setBearerAuth(user.accessToken()))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    })
                    .body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    });
            return items == null ? List.of() : items.stream().map(JsonObject::wrapObject).toList();
        } catch (ResourceAccessException e) {
            throw unreachable(path, e);
        }
    }

    public ApiResponse send(HttpMethod method, String path, Object body, Object... variables) {
        return exchange(method, path, variables, body, MediaType.APPLICATION_JSON, Map.of());
    }

    public ApiResponse send(HttpMethod method, String path, Object body, Map<String, String> headers, Object... variables) {
        return exchange(method, path, variables, body, MediaType.APPLICATION_JSON, headers);
    }

    /** A file as the request body (plan imports take the raw file, not a form). */
    public ApiResponse upload(String path, byte[] file, MediaType type, Object... variables) {
        return exchange(HttpMethod.POST, path, variables, file, type, Map.of());
    }

    /** A file as the request body, with request headers (an evidence file's name in {@code X-File-Name}). */
    public ApiResponse upload(String path, byte[] file, MediaType type, Map<String, String> headers, Object... variables) {
        return exchange(HttpMethod.POST, path, variables, file, type, headers);
    }

    public Download download(String path, Object... variables) {
        try {
            ResponseEntity<byte[]> answer = rest.get().uri(path, variables)
                    .headers(h -> h.setBearerAuth(user.accessToken()))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    })
                    .toEntity(byte[].class);
            HttpHeaders headers = answer.getHeaders();
            return new Download(answer.getBody() == null ? new byte[0] : answer.getBody(),
                    headers.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : headers.getContentType().toString(),
                    headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
        } catch (ResourceAccessException e) {
            throw unreachable(path, e);
        }
    }

    private ApiResponse exchange(HttpMethod method, String path, Object[] variables, Object body, MediaType type,
            Map<String, String> headers) {
        try {
            RestClient.RequestBodySpec request = rest.method(method).uri(path, variables)
                    .headers(h -> {
                        h.setBearerAuth(user.accessToken());
                        h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
                        headers.forEach(h::set);
                    });
            if (body != null) {
                request.contentType(type).body(body);
            }
            ResponseEntity<Map<String, Object>> answer = request.retrieve()
                    .onStatus(HttpStatusCode::isError, (req, response) -> {
                        throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
                    })
                    .toEntity(JSON_OBJECT);
            return new ApiResponse(answer.getStatusCode().value(), answer.getHeaders().getFirst(HttpHeaders.LOCATION),
                    answer.getHeaders().getETag(), JsonObject.wrapObject(answer.getBody()));
        } catch (ResourceAccessException e) {
            throw unreachable(path, e);
        }
    }

    private RuntimeException problem(int status, byte[] content) {
        if (status == 401) {
            return new SignInRequiredException("the gateway no longer accepts the session's token");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            if (content.length > 0) {
                body.putAll(json.readValue(content, JSON_OBJECT_TYPE));
            }
        } catch (RuntimeException e) {
            log.debug("An error answer ({}) was not a problem document", status);
        }
        String type = body.get("type") instanceof String t ? t : "";
        String slug = type.startsWith(ApiProblemException.TYPE_PREFIX) ? type.substring(ApiProblemException.TYPE_PREFIX.length())
                : status >= 500 ? "internal-error" : "malformed-request";
        List<ApiProblemException.FieldError> fieldErrors = new ArrayList<>();
        if (body.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> map) {
                    fieldErrors.add(new ApiProblemException.FieldError(String.valueOf(map.get("pointer")), String.valueOf(map.get("detail"))));
                }
            }
        }
        String detail = body.get("detail") instanceof String d ? d : body.get("title") instanceof String t ? t : "HTTP " + status;
        return new ApiProblemException(status, slug, detail, fieldErrors, body);
    }

    private static ApiProblemException unreachable(String path, RuntimeException cause) {
        log.warn("The gateway could not be reached for {}: {}", path, cause.getMessage());
        return new ApiProblemException(503, "upstream-unavailable", "The platform could not be reached", List.of(), Map.of());
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> JSON_OBJECT_TYPE =
            new tools.jackson.core.type.TypeReference<>() {
            };
}

package org.ariadne.web.servlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.tenancy.InvalidTenantIdException;
import org.ariadne.tenancy.MissingRoleException;
import org.ariadne.tenancy.TenantRefusedException;
import org.ariadne.tenancy.data.TenantDataException;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.ariadne.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The single place where exceptions become RFC 9457 responses in a servlet service. Every answer carries a type
 * from {@link ProblemType}; validation answers list every invalid field at once.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException e, WebRequest request) {
        return handleExceptionInternal(e, e.getBody(), e.getHeaders(), e.getStatusCode(), request);
    }

    /** A tenant id that is not one (path, header, parameter). */
    @ExceptionHandler(InvalidTenantIdException.class)
    ResponseEntity<Object> invalidTenant(InvalidTenantIdException e, WebRequest request) {
        return problem(new ProblemException(ProblemType.TENANT_INVALID, e.getMessage()), request);
    }

    /** The tenant guard's refusals: no tenant, a tenant the token does not grant, no token. */
    @ExceptionHandler(TenantRefusedException.class)
    ResponseEntity<Object> tenantRefused(TenantRefusedException e, WebRequest request) {
        ProblemType type = switch (e.reason()) {
            case MISSING -> ProblemType.TENANT_MISSING;
            case FORBIDDEN -> ProblemType.TENANT_FORBIDDEN;
            case UNAUTHENTICATED -> ProblemType.UNAUTHENTICATED;
            case INACTIVE -> ProblemType.TENANT_INACTIVE;
        };
        return problem(new ProblemException(type, e.getMessage()), request);
    }

    /** An export, import or drop of a tenant's data that cannot be done (lib-tenancy's platform endpoint). */
    @ExceptionHandler(TenantDataException.class)
    ResponseEntity<Object> tenantData(TenantDataException e, WebRequest request) {
        ProblemType type = e.kind() == TenantDataException.Kind.CONFLICT ? ProblemType.CONFLICT : ProblemType.MALFORMED_REQUEST;
        return problem(new ProblemException(type, e.getMessage()), request);
    }

    /** A member of the tenant without the role the action needs; the detail names the missing role. */
    @ExceptionHandler(MissingRoleException.class)
    ResponseEntity<Object> missingRole(MissingRoleException e, WebRequest request) {
        return problem(new ProblemException(ProblemType.FORBIDDEN, e.getMessage(), Map.of("requiredRoles", e.required())),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unhandled error on {}", request.getDescription(false), e);
        ProblemDetail body = Problems.of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged");
        return handleExceptionInternal(e, body, new HttpHeaders(), ProblemType.INTERNAL_ERROR.status(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return validation(e.getBindingResult(), request, e);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        ProblemException problem = ProblemException.validation(errors);
        return handleExceptionInternal(e, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    private ResponseEntity<Object> validation(BindingResult result, WebRequest request, Exception e) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error ->
                errors.add(new FieldProblem("/" + error.getField().replace('.', '/').replaceAll("\\[(\\d+)]", "/$1"),
                        error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldProblem("", error.getDefaultMessage())));
        ProblemException problem = ProblemException.validation(errors);
        return handleExceptionInternal(e, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    /** An unknown path: say so in API terms (Spring's own detail talks about "static resources"). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail body = Problems.of(ProblemType.NOT_FOUND, "There is no " + e.getHttpMethod() + " /"
                + e.getResourcePath() + " in this API; see /v3/api-docs for the operations it has");
        return handleExceptionInternal(e, body, new HttpHeaders(), ProblemType.NOT_FOUND.status(), request);
    }

    /** An unreadable body: 400 when it is not JSON, 422 naming the field when a value is wrong (BodyProblems). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemException problem = BodyProblems.of(e);
        return handleExceptionInternal(e, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    /** A path variable or parameter of the wrong type ({@code /statistics/abc}): name it and say what to send. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String detail = BodyProblems.expected(e.getRequiredType());
        ProblemDetail body = Problems.of(ProblemType.MALFORMED_REQUEST, name + " " + detail,
                Map.of("errors", List.of(new FieldProblem(name == null ? "" : name, detail))));
        return handleExceptionInternal(e, body, new HttpHeaders(), ProblemType.MALFORMED_REQUEST.status(), request);
    }

    /** Gives every Spring-raised error (405, 415, missing parameter …) the catalogue's type and title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : e instanceof ErrorResponse response ? response.getBody()
                : ProblemDetail.forStatus(statusCode);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemType type = ProblemType.forStatus(statusCode.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.addAll(headers);
        responseHeaders.set(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        return super.handleExceptionInternal(e, problem, responseHeaders, statusCode, request);
    }
}

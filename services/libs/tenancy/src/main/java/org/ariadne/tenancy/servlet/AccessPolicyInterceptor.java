package org.ariadne.tenancy.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ariadne.tenancy.access.AccessPolicy;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies the service's {@link AccessPolicy} before any handler runs. */
class AccessPolicyInterceptor implements HandlerInterceptor {

    private final AccessPolicy policy;

    AccessPolicyInterceptor(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        policy.check(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
        return true;
    }
}

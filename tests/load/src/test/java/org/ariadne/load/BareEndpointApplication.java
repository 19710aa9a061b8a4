package org.ariadne.load;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare endpoint the load is compared with: Spring Boot on Tomcat with the same JVM flags as a service, one
 * controller that reads any request's body and answers a small JSON — what the box serves when a request costs only
 * the HTTP stack. {@link BareEndpoint} starts it as its own JVM.
 */
@SpringBootApplication(proxyBeanMethods = false)
@RestController
public class BareEndpointApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareEndpointApplication.class, args);
    }

    @RequestMapping("/**")
    Map<String, Object> answer(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return Map.of("method", request.getMethod(), "path", request.getRequestURI(), "bodyBytes", body == null ? 0 : body.length);
    }
}

package org.ariadne.tenancy.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.data.TenantData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every service's platform endpoint for a tenant's whole data, used by identity's export, import and offboarding jobs
 * with a platform-admin token (the resource-server chain admits platform admins only on {@code /api/platform/**}; the
 * gateway does not route it). {@code GET} streams the tenant's database, {@code PUT ?from=<tenant>} imports a stream
 * exported from another tenant id into this fresh one, {@code DELETE} drops the database, {@code GET …/summary} counts.
 */
@RestController
@RequestMapping(TenantDataController.PATH + "/{tenant}")
public class TenantDataController {

    public static final String PATH = "/api/platform/tenant-data";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final TenantData data;

    public TenantDataController(TenantData data) {
        this.data = data;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> export(@PathVariable String tenant) {
        TenantId id = TenantId.of(tenant);
        return ResponseEntity.ok().contentType(NDJSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(out -> data.export(id, out));
    }

    @GetMapping("/summary")
    Map<String, Long> summary(@PathVariable String tenant) {
        return data.summary(TenantId.of(tenant));
    }

    @PutMapping
    Map<String, Object> importInto(@PathVariable String tenant, @RequestParam String from, HttpServletRequest request)
            throws IOException {
        TenantId to = TenantId.of(tenant);
        Map<String, Long> documents = data.importInto(to, TenantId.of(from), request.getInputStream());
        return Map.of("tenant", to.value(), "from", from, "documents", documents);
    }

    @DeleteMapping
    ResponseEntity<Void> drop(@PathVariable String tenant) {
        data.drop(TenantId.of(tenant));
        return ResponseEntity.noContent().build();
    }
}

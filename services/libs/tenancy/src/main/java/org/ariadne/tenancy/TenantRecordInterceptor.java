package org.ariadne.tenancy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Enters the tenant of each consumed record (its {@code ce_tenant} header) for the listener, and leaves it
 * afterwards. A record without a valid tenant, or whose key belongs to another tenant, fails with
 * {@link TenantResolutionException}, which the error handler sends to the DLT without retrying.
 */
public class TenantRecordInterceptor implements RecordInterceptor<Object, Object> {

    public static final String TENANT_HEADER = "ce_tenant";

    private final ThreadLocal<TenantId> previous = new ThreadLocal<>();

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        TenantId tenant = tenantOf(record);
        previous.set(TenantContext.enter(tenant));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        leave();
    }

    @Override
    public void clearThreadState(Consumer<?, ?> consumer) {
        leave();
    }

    private void leave() {
        TenantContext.restore(previous.get());
        previous.remove();
    }

    /** The tenant a record belongs to; the record key, when present, must start with {@code <tenant>:}. */
    public static TenantId tenantOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TENANT_HEADER);
        if (header == null || header.value() == null) {
            throw new TenantResolutionException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has no " + TENANT_HEADER + " header");
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        if (!TenantId.isValid(value)) {
            throw new TenantResolutionException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has an invalid " + TENANT_HEADER + " '" + value + "'");
        }
        if (record.key() instanceof String key && !key.startsWith(value + ":")) {
            throw new TenantResolutionException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has key '" + key + "' that does not belong to tenant '" + value + "'");
        }
        return TenantId.of(value);
    }
}

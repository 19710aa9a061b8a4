package org.ariadne.monitoring.planview;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.contracts.plans.v1.NodeRemoved;
import org.ariadne.contracts.plans.v1.PlanAdopted;
import org.ariadne.contracts.plans.v1.PlanChanged;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestKafka;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces the plans contract events of one plan the way the plans service's outbox relay does (CloudEvents headers,
 * key {@code <tenant>:<planId>}, one aggregate version per event), and remembers every record so a test can deliver
 * the very same records again.
 */
public final class PlanEvents {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** Monitoring's consumer group, for every topic it follows. */
    static final String CONSUMER_GROUP = "monitoring";
    /** The plans listener's name in metrics ({@code consumer} tag). */
    static final String CONSUMER = "monitoring.plans";

    /** One record as it was produced (same ce_id and version when sent again). */
    public record Sent(String key, String value, Map<String, String> headers) {
        public void resend() {
            TestKafka.send(EventTypes.PLANS_TOPIC, key, value, headers);
        }
    }

    private final String tenant;
    private final String suffix = UUID.randomUUID().toString().substring(0, 13);
    private final String planId = "plan-" + UUID.randomUUID();
    private final List<Sent> sent = new ArrayList<>();
    private final boolean deliver;
    private long version;

    public PlanEvents(String tenant) {
        this(tenant, true);
    }

    private PlanEvents(String tenant, boolean deliver) {
        this.tenant = tenant;
        this.deliver = deliver;
    }

    /** Builds the records without sending them, so a test can deliver them in any order it likes. */
    public static PlanEvents held(String tenant) {
        return new PlanEvents(tenant, false);
    }

    public String planId() {
        return planId;
    }

    /**
     * The plan-unique id of a node or activity named {@code local} in the test ({@code n-1} → {@code n-1-<random>}):
     * ids are unique across plans, as the plans service's are, so tests on the shared tenant databases never collide.
     */
    public String id(String local) {
        return local == null ? null : local + "-" + suffix;
    }

    /** A snapshot with this plan's generated ids replaced by the test's local names, to compare plans. */
    public String localized(String text) {
        return text.replace(planId, "PLAN").replace("-" + suffix, "");
    }

    public List<Sent> sent() {
        return Collections.unmodifiableList(sent);
    }

    public long version() {
        return version;
    }

    public PlanEvents created(String title, String... levelNames) {
        emit(EventTypes.PLAN_CREATED, new PlanCreated(tenant, planId, title, List.of(levelNames)), ++version);
        return this;
    }

    public PlanEvents changed(String title, String... levelNames) {
        emit(EventTypes.PLAN_CHANGED, new PlanChanged(tenant, planId, title, List.of(levelNames), null, null, null),
                ++version);
        return this;
    }

    public PlanEvents adopted(String legalAct, String adoptionDate) {
        emit(EventTypes.PLAN_ADOPTED, new PlanAdopted(tenant, planId, 1, legalAct, adoptionDate), ++version);
        return this;
    }

    public PlanEvents nodeAdded(String nodeId, String parentId, int level, String code, String title) {
        emit(EventTypes.NODE_ADDED, new NodeAdded(tenant, planId, id(nodeId), id(parentId), level, code, title), ++version);
        return this;
    }

    public PlanEvents nodeChanged(String nodeId, String parentId, int level, String code, String title) {
        emit(EventTypes.NODE_CHANGED, new NodeChanged(tenant, planId, id(nodeId), id(parentId), level, code, title), ++version);
        return this;
    }

    public PlanEvents nodeRemoved(String nodeId) {
        emit(EventTypes.NODE_REMOVED, new NodeRemoved(tenant, planId, id(nodeId)), ++version);
        return this;
    }

    public PlanEvents activityAdded(String activityId, String nodeId, String code, String title) {
        emit(EventTypes.ACTIVITY_ADDED, new ActivityAdded(tenant, planId, id(activityId), id(nodeId), code, title,
                "Q4 2025", List.of("MUP ZDK")), ++version);
        return this;
    }

    public PlanEvents activityChanged(String activityId, String nodeId, String code, String title) {
        return activityChangedAt(++version, activityId, nodeId, code, title);
    }

    /** An ActivityChanged with an explicit (possibly old) aggregate version, as a late or reordered delivery. */
    public PlanEvents activityChangedAt(long atVersion, String activityId, String nodeId, String code, String title) {
        emit(EventTypes.ACTIVITY_CHANGED, new ActivityChanged(tenant, planId, id(activityId), id(nodeId), code, title,
                "Q4 2025", List.of("MUP ZDK", "Tužilaštvo ZDK")), atVersion);
        return this;
    }

    /** An ActivityAdded with an explicit (possibly old) aggregate version and a fresh ce_id. */
    public PlanEvents activityAddedAt(long atVersion, String activityId, String nodeId, String code, String title) {
        emit(EventTypes.ACTIVITY_ADDED, new ActivityAdded(tenant, planId, id(activityId), id(nodeId), code, title,
                "Q4 2025", List.of("MUP ZDK")), atVersion);
        return this;
    }

    /** An ActivityAdded with every field chosen by the test (ids are localized like the others). */
    public PlanEvents activityAdded(String activityId, String nodeId, String code, String title, String deadline,
            List<String> leadInstitutions) {
        emit(EventTypes.ACTIVITY_ADDED, new ActivityAdded(tenant, planId, id(activityId), id(nodeId), code, title,
                deadline, leadInstitutions), ++version);
        return this;
    }

    /**
     * An ActivityAdded that also carries the optional {@code partnerInstitutions} (added to the plans contract
     * additively), written into the JSON so the test does not depend on the record having the field yet.
     */
    public PlanEvents activityAddedWithPartners(String activityId, String nodeId, String code, String title,
            List<String> leadInstitutions, List<String> partnerInstitutions) {
        return activityAddedWithExtras(activityId, nodeId, code, title, leadInstitutions,
                Map.of("partnerInstitutions", partnerInstitutions));
    }

    /** An ActivityAdded with optional fields of the plans contract (e.g. deadlineEnd) written into its JSON. */
    public PlanEvents activityAddedWithExtras(String activityId, String nodeId, String code, String title,
            List<String> leadInstitutions, Map<String, Object> extras) {
        tools.jackson.databind.node.ObjectNode json = JSON.valueToTree(new ActivityAdded(tenant, planId, id(activityId),
                id(nodeId), code, title, "2025", leadInstitutions));
        extras.forEach((name, value) -> json.set(name, JSON.valueToTree(value)));
        Sent record = new Sent(tenant + ":" + planId, JSON.writeValueAsString(json),
                TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, tenant, planId, ++version));
        if (deliver) {
            record.resend();
        }
        sent.add(record);
        return this;
    }

    public PlanEvents activityRemoved(String activityId) {
        emit(EventTypes.ACTIVITY_REMOVED, new ActivityRemoved(tenant, planId, id(activityId)), ++version);
        return this;
    }

    private void emit(String type, DomainEvent event, long atVersion) {
        Sent record = new Sent(tenant + ":" + planId, JSON.writeValueAsString(event),
                TestKafka.cloudEventHeaders(type, tenant, planId, atVersion));
        if (deliver) {
            record.resend();
        }
        sent.add(record);
    }

    /**
     * Waits until monitoring's plans listener has processed (and committed) every record on the plans topic so far:
     * a barrier that makes "nothing changed" assertions meaningful.
     */
    public static void awaitConsumed() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, Long> ends = endOffsets(admin);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(CONSUMER_GROUP).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
            });
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) {
        try {
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            admin.describeTopics(List.of(EventTypes.PLANS_TOPIC)).allTopicNames().get().get(EventTypes.PLANS_TOPIC)
                    .partitions().forEach(p -> request.put(new TopicPartition(EventTypes.PLANS_TOPIC, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new java.util.HashMap<>();
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(request).all().get().entrySet()) {
                ends.put(e.getKey(), e.getValue().offset());
            }
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the end offsets of " + EventTypes.PLANS_TOPIC, e);
        }
    }
}

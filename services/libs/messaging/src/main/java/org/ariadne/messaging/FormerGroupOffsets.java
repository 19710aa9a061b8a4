package org.ariadne.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Carries a service's progress over from its former consumer groups, one per topic ({@code <service>.<domain>}, before
 * issue 13.6), to its one group ({@link InboundEventListeners#groupId}), so that the upgrade does not replay every
 * topic from its beginning: a replay is not free (a region's retained events, read again by every service) and not
 * always harmless (a replayed {@code TenantOnboarded} provisions an offboarded tenant again until its
 * {@code TenantOffboarded} follows).
 * <p>
 * When a partition is assigned that the service's group has no committed offset for, it starts where the former group
 * of its topic had got to, and that position is committed at once, so the former group is read only on the first
 * assignment after the upgrade. During a rolling upgrade the old replicas still read with the former groups: events
 * they handle after a new replica carried the offsets over are handled twice, which the consumers' version guards and
 * inbox make harmless. A partition neither group has read starts at {@code auto.offset.reset} (the beginning), as a
 * topic a service newly follows does. If the former group cannot be read (the broker is away), the partition starts
 * at the beginning too, with a warning.
 * <p>
 * A partition looked up once is settled for the life of the process: either its position was carried over and
 * committed (the group's own offset answers from then on), or the former group had none, and former groups are never
 * written again, so a second look would find none either. Rebalances (every replica's start and stop) then cost no
 * admin client for the partitions no group has read yet.
 */
final class FormerGroupOffsets implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(FormerGroupOffsets.class);
    private static final Duration ASK = Duration.ofSeconds(10);

    private final Map<String, Object> adminConfiguration;
    private final Map<String, String> formerGroupByTopic;
    private final Set<TopicPartition> settled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger formerGroupLookups = new AtomicInteger();

    /**
     * @param adminConfiguration how to reach the broker with an admin client (Boot's {@code KafkaAdmin} configuration)
     * @param formerGroupByTopic the group that read each topic before
     */
    FormerGroupOffsets(Map<String, Object> adminConfiguration, Map<String, String> formerGroupByTopic) {
        this.adminConfiguration = new HashMap<>(adminConfiguration);
        this.formerGroupByTopic = Map.copyOf(formerGroupByTopic);
    }

    /** The group a service's handlers of one topic used before issue 13.6, e.g. {@code monitoring.plans}. */
    static String formerGroupId(String service, String topic) {
        String domain = topic.endsWith(".events") ? topic.substring(0, topic.length() - ".events".length()) : topic;
        return service + "." + domain;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Set<TopicPartition> unread = new LinkedHashSet<>();
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), ASK);
            partitions.stream().filter(p -> committed.get(p) == null && formerGroupByTopic.containsKey(p.topic())
                    && !settled.contains(p)).forEach(unread::add);
            if (unread.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> carried = formerOffsets(unread);
            if (carried.isEmpty()) {
                settled.addAll(unread);
                return;
            }
            carried.forEach((partition, offset) -> consumer.seek(partition, offset.offset()));
            consumer.commitSync(carried, ASK);
            settled.addAll(unread);
            log.info("Consumer group {} starts where the former groups had got to: {}", consumer.groupMetadata().groupId(), carried);
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            log.warn("Could not carry the offsets of the former consumer groups over ({}); {} start from the beginning",
                    e.getMessage(), unread.isEmpty() ? partitions : unread);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many times the former groups' offsets were asked for (each time with an admin client of its own). */
    int formerGroupLookups() {
        return formerGroupLookups.get();
    }

    private Map<TopicPartition, OffsetAndMetadata> formerOffsets(Set<TopicPartition> unread)
            throws ExecutionException, TimeoutException, InterruptedException {
        formerGroupLookups.incrementAndGet();
        Map<TopicPartition, OffsetAndMetadata> carried = new HashMap<>();
        Set<String> formerGroups = new LinkedHashSet<>();
        unread.forEach(partition -> formerGroups.add(formerGroupByTopic.get(partition.topic())));
        try (Admin admin = Admin.create(adminConfiguration)) {
            for (String group : formerGroups) {
                Map<TopicPartition, OffsetAndMetadata> former = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(ASK.toMillis(), TimeUnit.MILLISECONDS);
                for (TopicPartition partition : unread) {
                    OffsetAndMetadata offset = former.get(partition);
                    if (offset != null && group.equals(formerGroupByTopic.get(partition.topic()))) {
                        carried.put(partition, new OffsetAndMetadata(offset.offset()));
                    }
                }
            }
        }
        return carried;
    }
}

package org.ariadne.e2e;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.GroupState;
import org.bson.Document;

/**
 * Looks into the running stack from outside, the way an operator would: the broker's view of topics and consumer
 * groups (an admin client), the relay's counter on plans' management port, and the outbox entries waiting in Mongo.
 * Each question answers false rather than throwing while the component asked is away.
 */
final class StackProbes implements AutoCloseable {

    static final String PLANS_TOPIC = "plans.events";
    private static final Duration ASK = Duration.ofMillis(1500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final LocalStack stack;
    private final Admin admin;
    private final MongoClient mongo;

    StackProbes(LocalStack stack) {
        this.stack = stack;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ASK.toMillis());
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ASK.toMillis());
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        properties.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 200);
        this.admin = Admin.create(properties);
        this.mongo = MongoClients.create(stack.mongoUri() + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
    }

    /** The broker answers metadata and every partition of the topic has a leader (it accepts sends to it). */
    boolean brokerLeads(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(ASK.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic);
            return description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (Exception e) {
            return false;
        }
    }

    /** The consumer group is stable and its members hold at least {@code partitions} partitions of the topic between them. */
    boolean groupAssigned(String group, String topic, int partitions) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(ASK.toMillis(), TimeUnit.MILLISECONDS).get(group);
            long assigned = description.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(partition -> partition.topic().equals(topic)).count();
            return description.groupState() == GroupState.STABLE && assigned >= partitions;
        } catch (Exception e) {
            return false;
        }
    }

    /** Events plans' relay has published since it started (its {@code outbox.publish} success counter), -1 while it cannot say. */
    long publishedByRelay() {
        try {
            HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create(stack.managementUrl("plans") + "/actuator/prometheus"))
                    .timeout(ASK).build(), HttpResponse.BodyHandlers.ofString());
            if (scrape.statusCode() != 200) {
                return -1;
            }
            return scrape.body().lines().filter(l -> l.startsWith("outbox_publish_total{") && l.contains("result=\"success\""))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Outbox entries waiting in a tenant database's aggregates (their documents are marked pending), -1 while Mongo is away. */
    long pendingOutboxEntries(String database, String collection) {
        try {
            long entries = 0;
            for (Document document : mongo.getDatabase(database).getCollection(collection).find(new Document("outboxPending", true))) {
                entries += document.getList("outbox", Document.class, List.of()).size();
            }
            return entries;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The partition count of a topic as the broker has it (1 when it cannot say). */
    int partitions(String topic) {
        try {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS);
            return topics.get(topic).partitions().size();
        } catch (Exception e) {
            return 1;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
        mongo.close();
    }
}

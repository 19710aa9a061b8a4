package org.ariadne.tenancy.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Mongo health by {@code ping}, which both MongoDB and the local wire server answer (Boot's sends {@code hello}). */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    public MongoPingHealthIndicator(MongoClient client) {
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", reply.get("ok"));
    }
}

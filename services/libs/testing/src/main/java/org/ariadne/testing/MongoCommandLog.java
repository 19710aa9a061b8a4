package org.ariadne.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * The Mongo commands a service under test issues, as its driver sends them: every service test's client carries
 * {@link #INSTANCE} (registered by {@link TestBackends}), which records nothing until a test asks it to, and then only
 * the commands sent from the threads it names (a consumer's, not the test's own requests). It tells how many round
 * trips one event costs, with each one's filter, on whichever Mongo server the tests run against.
 */
public final class MongoCommandLog implements CommandListener {

    public static final MongoCommandLog INSTANCE = new MongoCommandLog();

    /** The driver's own conversation with the server, not the service's operations. */
    private static final Set<String> HANDSHAKE = Set.of("hello", "isMaster", "ismaster", "ping", "buildInfo", "endSessions",
            "saslStart", "saslContinue", "getMore", "killCursors");

    /** One command: its name, collection and what selects its documents (the filter, or an insert's ids). */
    public record Command(String thread, String name, String collection, String selects) {
        @Override
        public String toString() {
            return name + " " + collection + " " + selects;
        }
    }

    private final List<Command> recorded = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> threads;

    private MongoCommandLog() {
    }

    /** Starts recording, afresh, the commands sent from threads whose name {@code threadNames} accepts. */
    public void start(Predicate<String> threadNames) {
        recorded.clear();
        threads = threadNames;
    }

    /** The commands recorded since {@link #start} so far, in the order they were sent. */
    public List<Command> recorded() {
        return List.copyOf(recorded);
    }

    /** Stops recording; the commands recorded since {@link #start}, in the order they were sent. */
    public List<Command> stop() {
        threads = null;
        return List.copyOf(recorded);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Predicate<String> accepted = threads;
        String thread = Thread.currentThread().getName();
        if (accepted == null || HANDSHAKE.contains(event.getCommandName()) || !accepted.test(thread)) {
            return;
        }
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        BsonValue target = command.get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        recorded.add(new Command(thread, name, collection, selects(name, command)));
    }

    private static String selects(String name, BsonDocument command) {
        return switch (name) {
            case "find", "count", "countDocuments" -> String.valueOf(command.get("filter", command.get("query", new BsonDocument())));
            case "findAndModify" -> String.valueOf(command.get("query"));
            case "update" -> statements(command.getArray("updates", new BsonArray()), "q");
            case "delete" -> statements(command.getArray("deletes", new BsonArray()), "q");
            case "insert" -> statements(command.getArray("documents", new BsonArray()), "_id");
            case "aggregate" -> String.valueOf(command.get("pipeline"));
            default -> "";
        };
    }

    private static String statements(BsonArray statements, String field) {
        List<String> selected = new ArrayList<>();
        for (BsonValue statement : statements) {
            if (statement.isDocument()) {
                selected.add(String.valueOf(statement.asDocument().get(field)));
            }
        }
        return String.join(", ", selected);
    }
}

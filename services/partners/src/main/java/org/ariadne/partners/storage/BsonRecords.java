package org.ariadne.partners.storage;

import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.messaging.OutboxFields;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How partners' immutable records become Mongo documents and back: through their JSON form, with the record's
 * {@code id} as {@code _id}. The outbox's fields ({@code version}, {@code outbox} …) belong to lib-messaging: state
 * updates never touch them and reads never map them, except {@code version}, which is the aggregate's version.
 */
public final class BsonRecords {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Projection that leaves the relay's bookkeeping out of every read. */
    public static final Document WITHOUT_OUTBOX = new Document(OutboxFields.OUTBOX, 0).append(OutboxFields.PENDING, 0)
            .append(OutboxFields.LEASE_UNTIL, 0).append(OutboxFields.LEASE_OWNER, 0);

    private BsonRecords() {
    }

    /** The record as a document with {@code _id} = {@code idValue}; {@code version} is left to the outbox. */
    public static Document toDocument(Object record, String idValue) {
        Document document = Document.parse(JSON.writeValueAsString(record));
        document.remove("version");
        Document withId = new Document("_id", idValue);
        withId.putAll(document);
        return withId;
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        return document == null ? null : JSON.readValue(document.toJson(), type);
    }

    /** An update that sets every state field of {@code state} (not its id, not the outbox's fields). */
    public static Bson setState(Document state) {
        List<Bson> sets = new ArrayList<>();
        for (Map.Entry<String, Object> field : state.entrySet()) {
            String name = field.getKey();
            if (!name.equals("_id") && !name.equals(OutboxFields.VERSION) && !name.equals(OutboxFields.OUTBOX)
                    && !name.equals(OutboxFields.PENDING)) {
                sets.add(Updates.set(name, field.getValue()));
            }
        }
        return Updates.combine(sets);
    }

    /** Escapes every regular-expression character, for a plain substring filter. */
    public static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

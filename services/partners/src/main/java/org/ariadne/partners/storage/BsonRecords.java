package org.ariadne.partners.storage;

import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.messaging.OutboxFields;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
        Document withId = new Document("_id", idValue);
        try {
            JSON.valueToTree(record).properties().forEach(field -> withId.put(field.getKey(), bsonValue(field.getValue())));
        } catch (UnusualValue e) {
            withId.clear();
            withId.put("_id", idValue);
            withId.putAll(Document.parse(JSON.writeValueAsString(record)));
        }
        withId.remove("version");
        return withId;
    }

    public static <T> T fromDocument(Document document, Class<T> type) {
        if (document == null) {
            return null;
        }
        try {
            return JSON.treeToValue(jsonValue(document), type);
        } catch (UnusualValue e) {
            return JSON.readValue(document.toJson(), type);
        }
    }

    // Records go to documents through Jackson's tree, not through JSON text and Document.parse (and back through the tree,
    // not Document.toJson): the text and its parsing were a tenth of partners' consumer time per plans event (fault case
    // (a), docs/reliability.md). The values are those the text way gives (small integers as Integer, larger as Long,
    // fractions as Double); anything else takes the text way.

    private static Object bsonValue(JsonNode node) {
        if (node.isObject()) {
            Document document = new Document();
            node.properties().forEach(field -> document.put(field.getKey(), bsonValue(field.getValue())));
            return document;
        } else if (node.isArray()) {
            List<Object> values = new ArrayList<>(node.size());
            node.forEach(value -> values.add(bsonValue(value)));
            return values;
        } else if (node.isString()) {
            return node.stringValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isNull()) {
            return null;
        } else if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        } else if (node.isFloatingPointNumber()) {
            double value = Double.parseDouble(node.asString()); // as the text way reads the number it wrote
            if (Double.isFinite(value)) {
                return value;
            }
        }
        throw new UnusualValue();
    }

    private static JsonNode jsonValue(Object value) {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, field) -> object.set(String.valueOf(key), jsonValue(field)));
            return object;
        } else if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode(list.size());
            list.forEach(element -> array.add(jsonValue(element)));
            return array;
        } else if (value instanceof String text) {
            return nodes.stringNode(text);
        } else if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        } else if (value instanceof Integer number) {
            return nodes.numberNode(number);
        } else if (value instanceof Long number) {
            return nodes.numberNode(number);
        } else if (value instanceof Double number && Double.isFinite(number)) {
            return nodes.numberNode(number);
        }
        throw new UnusualValue(); // dates, ids, decimals: as Document.toJson writes them
    }

    /** A value the tree way does not convert as the text way would; the caller takes the text way. */
    private static final class UnusualValue extends RuntimeException {
        UnusualValue() {
            super(null, null, false, false);
        }
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

package org.ariadne.partners.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Records become the same documents, and come back the same, as they did through JSON text and Document.parse. */
class BsonRecordsTest {

    enum Kind { LEAD, PARTNER }

    record Part(String text, Kind kind, List<String> suggestions) {
    }

    record Sample(String id, long version, int count, long small, long large, double share, float ratio, BigDecimal amount,
            Instant at, boolean removed, String missing, List<Part> parts, Map<String, Integer> byName, List<List<Integer>> grid) {
    }

    static Sample sample() {
        Map<String, Integer> byName = new LinkedHashMap<>();
        byName.put("MUP", 3);
        byName.put("Ministarstvo \"pravde\" \u010c", 1);
        return new Sample("a-1", 7, 42, 5, 9_000_000_000L, 0.1, 0.1f, new BigDecimal("1234.5"), Instant.parse("2026-12-06T23:00:00.123Z"),
                false, null, List.of(new Part("MUP", Kind.LEAD, List.of("Ministarstvo unutrašnjih poslova")), new Part("", Kind.PARTNER, List.of())),
                byName, List.of(List.of(1, 2), List.of()));
    }

    @Test
    void aRecordBecomesTheDocumentTheTextWayGave() {
        Document textWay = Document.parse(JsonMapper.builder().build().writeValueAsString(sample()));
        textWay.remove("version");
        Document expected = new Document("_id", "a-1");
        expected.putAll(textWay);

        Document document = BsonRecords.toDocument(sample(), "a-1");

        assertThat(document).isEqualTo(expected);
        assertThat(document.toJson()).isEqualTo(expected.toJson()); // the same value types and field order
    }

    @Test
    void aDocumentBecomesTheRecordAgain() {
        Document stored = BsonRecords.toDocument(sample(), "a-1").append("version", 7L);

        assertThat(BsonRecords.fromDocument(stored, Sample.class)).isEqualTo(sample());
    }

    @Test
    void valuesOnlyTheTextWayReadsStillComeBack() {
        Document stored = BsonRecords.toDocument(sample(), "a-1").append("version", 7L).append("since", new Date(0));

        assertThat(BsonRecords.fromDocument(stored, Sample.class)).isEqualTo(sample());
        assertThat(BsonRecords.fromDocument(null, Sample.class)).isNull();
    }
}

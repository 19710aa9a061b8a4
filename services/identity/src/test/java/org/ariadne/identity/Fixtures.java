package org.ariadne.identity;

import java.security.SecureRandom;

/** Test data that never collides with other tests sharing the JVM's Mongo server and Kafka broker. */
final class Fixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Fixtures() {
    }

    /** A fresh, valid tenant id such as {@code zz-k3j9x0}. */
    static String tenantId() {
        StringBuilder id = new StringBuilder("zz-");
        for (int i = 0; i < 6; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    static String tenantJson(String id, String parentId) {
        return """
                {"id": "%s", "name": "Canton %s", %s"languages": ["bs", "hr", "sr-Latn"], "currency": "BAM",
                 "timeZone": "Europe/Sarajevo", "levelNames": ["Strategic goal", "Operational goal", "Activity"]}
                """.formatted(id, id, parentId == null ? "" : "\"parentId\": \"" + parentId + "\", ");
    }
}

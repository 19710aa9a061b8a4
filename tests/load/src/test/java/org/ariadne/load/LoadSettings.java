package org.ariadne.load;

import java.time.Duration;

/**
 * The harness's settings, from system properties ({@code -Dload.…} on the Maven command line; defaults fit {@code ./run}).
 *
 * @param gatewayUrl the stack's gateway
 * @param plansUrl plans itself, or empty: with both service URLs the same requests also run directly at the services
 * @param monitoringUrl monitoring itself, or empty
 * @param adminClient the platform-admin OAuth2 client (client credentials) that creates tenants and users
 * @param adminSecret its secret ({@code ARIADNE_ADMIN_SECRET})
 * @param tenantPrefix the load tenants are {@code <prefix>-l001} … (created once, reused by later runs)
 * @param tenants how many tenants exist; users are spread over them unevenly, as real traffic is
 * @param users concurrent virtual users, each looping through its role's mix
 * @param thinkTime each user's mean pause between two requests; zero: no pause (a closed model at saturation)
 * @param duration how long each target (gateway, direct, bare) is loaded
 * @param rampUp over how long the users start
 * @param password the load users' password
 */
record LoadSettings(String gatewayUrl, String plansUrl, String monitoringUrl, String adminClient, String adminSecret,
        String tenantPrefix, int tenants, int users, Duration thinkTime, Duration duration, Duration rampUp, String password) {

    static LoadSettings fromSystemProperties() {
        LoadSettings settings = new LoadSettings(
                trimSlash(System.getProperty("load.gatewayUrl", "http://127.0.0.1:8080")),
                trimSlash(System.getProperty("load.plansUrl", "")),
                trimSlash(System.getProperty("load.monitoringUrl", "")),
                System.getProperty("load.adminClient", "ariadne-admin"),
                System.getProperty("load.adminSecret", System.getenv().getOrDefault("ARIADNE_ADMIN_SECRET", "ariadne-admin-local")),
                System.getProperty("load.tenantPrefix", "zz"),
                Integer.getInteger("load.tenants", 30),
                Integer.getInteger("load.users", 24),
                Duration.ofMillis(Long.getLong("load.thinkMillis", 0)),
                Duration.ofSeconds(Long.getLong("load.seconds", 120)),
                Duration.ofSeconds(Long.getLong("load.rampSeconds", 10)),
                System.getProperty("load.password", "ariadne-load-test"));
        if (!settings.tenantPrefix.matches("[a-z]{2}") || settings.tenants < 1 || settings.tenants > 999 || settings.users < 1
                || settings.thinkTime.isNegative()) {
            throw new IllegalArgumentException("load.tenantPrefix must be two lower-case letters, load.tenants 1-999, "
                    + "load.users >= 1, load.thinkMillis >= 0");
        }
        return settings;
    }

    boolean direct() {
        return !plansUrl.isEmpty() && !monitoringUrl.isEmpty();
    }

    String tenantId(int index) {
        return String.format("%s-l%03d", tenantPrefix, index + 1);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

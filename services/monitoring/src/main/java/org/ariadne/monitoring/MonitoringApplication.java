package org.ariadne.monitoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Monitoring: reporting rounds, contributions, statuses and roll-ups over the plans of each tenant. It knows the plans
 * only through its own read model ({@code planview}), fed by the plans events.
 */
@SpringBootApplication
@EnableScheduling
public class MonitoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonitoringApplication.class, args);
    }
}

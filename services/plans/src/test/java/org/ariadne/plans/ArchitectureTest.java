package org.ariadne.plans;

import org.ariadne.testing.ArchitectureRules;
import org.ariadne.testing.ServiceTest;
import org.junit.jupiter.api.Test;

@ServiceTest
class ArchitectureTest {

    @Test
    void tenancyAndMessagingRulesHold() {
        ArchitectureRules.verify("org.ariadne.plans");
    }
}

package org.ariadne.partners;

import org.ariadne.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void tenancyAndMessagingRulesHold() {
        ArchitectureRules.verify("org.ariadne.partners");
    }
}

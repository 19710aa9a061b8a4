package org.ariadne.monitoring;

import org.ariadne.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsThePlatformRules() {
        ArchitectureRules.verify("org.ariadne.monitoring");
    }
}

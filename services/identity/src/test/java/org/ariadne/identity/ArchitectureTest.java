package org.ariadne.identity;

import org.ariadne.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsThePlatformRules() {
        ArchitectureRules.verify("org.ariadne.identity");
    }
}

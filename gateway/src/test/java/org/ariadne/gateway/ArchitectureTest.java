package org.ariadne.gateway;

import org.ariadne.testing.ServiceArchitectureTest;

/** The platform's structural rules and the gateway's module boundaries (features, internals, no cycles). */
class ArchitectureTest extends ServiceArchitectureTest {
}

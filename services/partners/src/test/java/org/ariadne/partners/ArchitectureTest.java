package org.ariadne.partners;

import org.ariadne.testing.ServiceArchitectureTest;

/** The platform's structural rules and this service's module boundaries (features, internals, no cycles). */
class ArchitectureTest extends ServiceArchitectureTest {
}

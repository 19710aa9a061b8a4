/**
 * The plan view: monitoring's own read model of the plans it monitors (plans, tree nodes, activities), fed only by
 * the {@code plans.events} topic and never by a call to the plans service. Updates are idempotent and order-safe:
 * every document carries the source aggregate version that last wrote it, and removals are tombstones.
 */
package org.ariadne.monitoring.planview;

/**
 * Parent views: a parent tenant reads a consenting child's frozen-round roll-ups next to its own — never its
 * contributions, evidence, e-mail addresses or drafts — through lib-tenancy's
 * {@link org.ariadne.tenancy.parent.ParentViews} (consent kept from identity.events, every read audited in the child).
 */
package org.ariadne.monitoring.parentview;

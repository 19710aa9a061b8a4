/**
 * Reminders for missing contributions: before a round's due date to the institution, after it again with an
 * escalation to the coordinator; as in-app notifications and as e-mail through the configured SMTP server.
 */
package org.ariadne.monitoring.reminders;

/**
 * The implementation report of a round, generated as a job: DOCX (editable), PDF, JSON and CSV, all rendered from
 * one {@link org.ariadne.monitoring.reports.ReportContent} so the formats never disagree.
 */
package org.ariadne.monitoring.reports;

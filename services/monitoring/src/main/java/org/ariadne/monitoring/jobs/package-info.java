/**
 * Long work (printed-report imports, report generation) as job resources: {@code 202 Accepted} with the job's
 * location, progress while it runs, and the result's location or a problem when it ends.
 */
package org.ariadne.monitoring.jobs;

/**
 * Reporting rounds: per plan, a round (semi-annual, annual or a multi-year final one) asks every responsible
 * institution for a contribution on the activities it leads or partners, as the plan stood when the round opened.
 * Contributions move requested → draft → submitted → returned → accepted with an audit trail; accepted activity
 * reports roll up per tree level under the tenant's reporting settings; a frozen round is an immutable snapshot.
 */
package org.ariadne.monitoring.rounds;

/**
 * Annual trafficking-in-human-beings statistics as aggregates only: victims by sex, age group, form of exploitation
 * and citizenship, each breakdown summing to the total; offences, prosecutions, convictions. Never victim-level data.
 */
package org.ariadne.monitoring.statistics;

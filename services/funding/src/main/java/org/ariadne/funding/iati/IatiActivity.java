package org.ariadne.funding.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code iati-activity} as the export writes it: one per budget line or grant, never one per plan activity (a line
 * shared by two plan activities would publish its money twice). Values are kept as the writer needs them; the
 * writer puts every element in the order the 2.03 schema requires.
 *
 * @param status IATI ActivityStatus code (2 implementation, 4 closed …)
 */
public record IatiActivity(String identifier, String defaultCurrency, String language, Organisation reportingOrg,
        boolean secondaryReporter, String title, String description, List<Participant> participants,
        List<OtherIdentifier> otherIdentifiers, String status, List<ActivityDate> dates, String recipientCountry,
        String sectorCode, List<Budget> budgets, List<Transaction> transactions, List<String> coFundedActivities) {

    /** An organisation: its IATI ref (may be null for one without an identifier), its OrganisationType and its name. */
    public record Organisation(String ref, String type, String name) {
    }

    /** A participating organisation in an OrganisationRole (1 funding, 2 accountable, 3 extending, 4 implementing). */
    public record Participant(String role, Organisation organisation, String activityId) {
    }

    /** A plan code (type A1, "reporting organisation's own activity reference"). */
    public record OtherIdentifier(String ref, String type, String ownerRef, String ownerName) {
    }

    /** ActivityDateType 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
    public record ActivityDate(String type, LocalDate date) {
    }

    /** A budget: BudgetType 1 original, BudgetStatus 1 indicative or 2 committed, a period of at most a year. */
    public record Budget(String type, String status, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
            String currency, LocalDate valueDate) {
    }

    /** A transaction with its IATI TransactionType code and its own currency and value date. */
    public record Transaction(String typeCode, LocalDate date, BigDecimal value, String currency, LocalDate valueDate,
            String description, Organisation provider, Organisation receiver) {
    }
}

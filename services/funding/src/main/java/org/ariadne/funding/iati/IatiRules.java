package org.ariadne.funding.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The IATI Standard's rules that the 2.03 schema does not check (IATI-Rulesets, {@code standard.json}), applied to
 * the XML as published: each activity has a start date (planned or actual) and a sector; sector and recipient
 * percentages add up to 100; a budget covers at most one year and does not end before it starts; no actual date or
 * transaction lies in the future; identifiers contain none of {@code / & | ?} and start with the reporting
 * organisation's ref. Each violation names the activity and what to fix. The file is read once, as a stream: an
 * export of thousands of activities is checked without building it in memory.
 */
public final class IatiRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final XMLInputFactory FACTORY = factory();

    private IatiRules() {
    }

    public static List<String> check(byte[] xml, LocalDate today) {
        List<String> violations = new ArrayList<>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            Activity activity = null;
            List<String> path = new ArrayList<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
                    if (name.equals("iati-identifier") && activity != null) {
                        // reading its text consumes its end tag too: it never enters the path
                        activity.identifier = reader.getElementText().strip();
                        continue;
                    }
                    path.add(name);
                    if (name.equals("iati-activity")) {
                        activity = new Activity();
                    } else if (activity != null) {
                        activity.start(name, parent, reader);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.remove(path.size() - 1);
                    if (reader.getLocalName().equals("iati-activity") && activity != null) {
                        activity.finish(today, violations);
                        activity = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not readable as XML: " + e.getMessage(), e);
        }
        return violations;
    }

    /** What one activity said, collected while it streams by. */
    private static final class Activity {
        private String identifier;
        private String reportingRef;
        private boolean hasStart;
        private boolean hasSector;
        private int transactions;
        private int transactionsWithSector;
        private final List<String> futureDates = new ArrayList<>();
        private final List<String> budgetProblems = new ArrayList<>();
        private final Map<String, BigDecimal> sectorPercentages = new HashMap<>();
        private BigDecimal recipientPercentage;
        private LocalDate budgetStart;

        void start(String name, String parent, XMLStreamReader reader) throws XMLStreamException {
            switch (name) {
                case "reporting-org" -> reportingRef = reader.getAttributeValue(null, "ref");
                case "activity-date" -> {
                    String type = reader.getAttributeValue(null, "type");
                    LocalDate date = date(reader.getAttributeValue(null, "iso-date"));
                    hasStart |= "1".equals(type) || "2".equals(type);
                    if (("2".equals(type) || "4".equals(type)) && date != null) {
                        futureDates.add((("2".equals(type)) ? "start" : "end") + "|" + date);
                    }
                }
                case "sector" -> {
                    if (parent.equals("iati-activity")) {
                        hasSector = true;
                        String percentage = reader.getAttributeValue(null, "percentage");
                        if (percentage != null && !percentage.isBlank()) {
                            String vocabulary = reader.getAttributeValue(null, "vocabulary");
                            sectorPercentages.merge(vocabulary == null ? "" : vocabulary, new BigDecimal(percentage),
                                    BigDecimal::add);
                        }
                    } else if (parent.equals("transaction")) {
                        transactionsWithSector++;
                    }
                }
                case "recipient-country", "recipient-region" -> {
                    if (parent.equals("iati-activity")) {
                        String percentage = reader.getAttributeValue(null, "percentage");
                        if (percentage != null && !percentage.isBlank()) {
                            recipientPercentage = (recipientPercentage == null ? BigDecimal.ZERO : recipientPercentage)
                                    .add(new BigDecimal(percentage));
                        }
                    }
                }
                case "transaction" -> transactions++;
                case "transaction-date" -> {
                    LocalDate date = date(reader.getAttributeValue(null, "iso-date"));
                    if (date != null) {
                        futureDates.add("transaction|" + date);
                    }
                }
                case "period-start" -> {
                    if (parent.equals("budget")) {
                        budgetStart = date(reader.getAttributeValue(null, "iso-date"));
                    }
                }
                case "period-end" -> {
                    LocalDate end = date(reader.getAttributeValue(null, "iso-date"));
                    if (parent.equals("budget") && budgetStart != null && end != null) {
                        if (end.isBefore(budgetStart)) {
                            budgetProblems.add("the budget " + budgetStart + "–" + end + " ends before it starts");
                        } else if (end.isAfter(budgetStart.plusYears(1).minusDays(1))) {
                            budgetProblems.add("the budget " + budgetStart + "–" + end + " is longer than one year");
                        }
                    }
                }
                default -> {
                    // other elements are the schema's business
                }
            }
        }

        void finish(LocalDate today, List<String> violations) {
            String at = "iati-activity " + (identifier == null || identifier.isBlank() ? "#?" : identifier) + ": ";
            if (identifier == null || identifier.isBlank()) {
                violations.add(at + "has no iati-identifier");
            } else {
                for (String forbidden : List.of("/", "&", "|", "?")) {
                    if (identifier.contains(forbidden)) {
                        violations.add(at + "the identifier contains \"" + forbidden + "\", which IATI identifiers may not");
                    }
                }
                if (reportingRef != null && !reportingRef.isBlank() && !identifier.startsWith(reportingRef)) {
                    violations.add(at + "the identifier does not start with the reporting organisation's ref " + reportingRef);
                }
            }
            if (!hasStart) {
                violations.add(at + "has no start date (activity-date type 1 planned or 2 actual)");
            }
            if (!hasSector && (transactions == 0 || transactionsWithSector < transactions)) {
                violations.add(at + "has no sector (on the activity or on every transaction)");
            }
            sectorPercentages.forEach((vocabulary, sum) -> {
                if (sum.compareTo(HUNDRED) != 0) {
                    violations.add(at + "the sector percentages" + (vocabulary.isBlank() ? "" : " (vocabulary " + vocabulary
                            + ")") + " add up to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
                }
            });
            if (recipientPercentage != null && recipientPercentage.compareTo(HUNDRED) != 0) {
                violations.add(at + "the recipient-country/region percentages add up to "
                        + recipientPercentage.stripTrailingZeros().toPlainString() + ", not 100");
            }
            budgetProblems.forEach(p -> violations.add(at + p));
            for (String dated : futureDates) {
                String[] parts = dated.split("\\|");
                LocalDate date = LocalDate.parse(parts[1]);
                if (date.isAfter(today)) {
                    violations.add(at + ("transaction".equals(parts[0]) ? "the transaction of " + date
                            : "the actual " + parts[0] + " date " + date) + " is in the future");
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

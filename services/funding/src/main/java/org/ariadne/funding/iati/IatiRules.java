package org.ariadne.funding.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The IATI Standard's rules that the 2.03 schema does not check (IATI-Rulesets, {@code standard.json}), applied to
 * the XML as published: each activity has a start date (planned or actual) and a sector; sector and recipient
 * percentages add up to 100; a budget covers at most one year and does not end before it starts; no actual date or
 * transaction lies in the future; identifiers contain none of {@code / & | ?} and start with the reporting
 * organisation's ref. Each violation names the activity and what to fix.
 */
public final class IatiRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private IatiRules() {
    }

    public static List<String> check(byte[] xml, LocalDate today) {
        Document document = parse(xml);
        List<String> violations = new ArrayList<>();
        NodeList activities = document.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            check((Element) activities.item(i), today, violations);
        }
        return violations;
    }

    private static void check(Element activity, LocalDate today, List<String> violations) {
        String id = text(first(activity, "iati-identifier"));
        String at = "iati-activity " + (id == null || id.isBlank() ? "#?" : id) + ": ";
        if (id == null || id.isBlank()) {
            violations.add(at + "has no iati-identifier");
        } else {
            for (String forbidden : List.of("/", "&", "|", "?")) {
                if (id.contains(forbidden)) {
                    violations.add(at + "the identifier contains \"" + forbidden + "\", which IATI identifiers may not");
                }
            }
            Element reporting = first(activity, "reporting-org");
            String reportingRef = reporting == null ? null : reporting.getAttribute("ref");
            if (reportingRef != null && !reportingRef.isBlank() && !id.startsWith(reportingRef)) {
                violations.add(at + "the identifier does not start with the reporting organisation's ref " + reportingRef);
            }
        }
        boolean hasStart = false;
        for (Element date : children(activity, "activity-date")) {
            String type = date.getAttribute("type");
            LocalDate iso = date(date.getAttribute("iso-date"));
            hasStart |= "1".equals(type) || "2".equals(type);
            if (("2".equals(type) || "4".equals(type)) && iso != null && iso.isAfter(today)) {
                violations.add(at + "the actual " + ("2".equals(type) ? "start" : "end") + " date " + iso
                        + " is in the future");
            }
        }
        if (!hasStart) {
            violations.add(at + "has no start date (activity-date type 1 planned or 2 actual)");
        }
        List<Element> sectors = children(activity, "sector");
        boolean sectorsOnTransactions = !children(activity, "transaction").isEmpty()
                && children(activity, "transaction").stream().allMatch(t -> first(t, "sector") != null);
        if (sectors.isEmpty() && !sectorsOnTransactions) {
            violations.add(at + "has no sector (on the activity or on every transaction)");
        }
        percentages(at, "sector", sectors, violations);
        List<Element> recipients = new ArrayList<>(children(activity, "recipient-country"));
        recipients.addAll(children(activity, "recipient-region"));
        if (!recipients.isEmpty()) {
            percentages(at, "recipient-country/region", recipients, violations);
        }
        for (Element budget : children(activity, "budget")) {
            LocalDate start = date(attribute(first(budget, "period-start"), "iso-date"));
            LocalDate end = date(attribute(first(budget, "period-end"), "iso-date"));
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    violations.add(at + "the budget " + start + "–" + end + " ends before it starts");
                } else if (end.isAfter(start.plusYears(1).minusDays(1))) {
                    violations.add(at + "the budget " + start + "–" + end + " is longer than one year");
                }
            }
        }
        for (Element transaction : children(activity, "transaction")) {
            LocalDate date = date(attribute(first(transaction, "transaction-date"), "iso-date"));
            if (date != null && date.isAfter(today)) {
                violations.add(at + "the transaction of " + date + " is in the future");
            }
        }
    }

    /** Percentages of one kind, per vocabulary, add up to 100 when any is given. */
    private static void percentages(String at, String what, List<Element> elements, List<String> violations) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Element e : elements) {
            String percentage = e.getAttribute("percentage");
            if (!percentage.isBlank()) {
                sums.merge(e.getAttribute("vocabulary"), new BigDecimal(percentage), BigDecimal::add);
            }
        }
        sums.forEach((vocabulary, sum) -> {
            if (sum.compareTo(HUNDRED) != 0) {
                violations.add(at + "the " + what + " percentages" + (vocabulary.isBlank() ? "" : " (vocabulary "
                        + vocabulary + ")") + " add up to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
            }
        });
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not readable as XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static String attribute(Element e, String name) {
        return e == null ? null : e.getAttribute(name);
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

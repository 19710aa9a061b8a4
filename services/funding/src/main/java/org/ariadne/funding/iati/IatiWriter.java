package org.ariadne.funding.iati;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code iati-activities} version 2.03 with StAX, in the element order of the schema: identifier, reporting
 * organisation, title, description, participating organisations, other identifiers, status, dates, country, sector,
 * budgets, transactions, related activities. Every {@code value} carries its currency and value date.
 */
public final class IatiWriter {

    public static final String VERSION = "2.03";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private IatiWriter() {
    }

    public static byte[] write(List<IatiActivity> activities, Instant generated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(activities, generated, out);
        return out.toByteArray();
    }

    public static void write(List<IatiActivity> activities, Instant generated, OutputStream out) {
        String stamp = DATE_TIME.format(generated.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", stamp);
            for (IatiActivity activity : activities) {
                activity(xml, activity, stamp);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the IATI XML", e);
        }
    }

    private static void activity(XMLStreamWriter xml, IatiActivity a, String stamp) throws XMLStreamException {
        xml.writeCharacters("\n ");
        xml.writeStartElement("iati-activity");
        xml.writeAttribute(XML_NS, "lang", a.language());
        xml.writeAttribute("default-currency", a.defaultCurrency());
        xml.writeAttribute("last-updated-datetime", stamp);
        text(xml, "iati-identifier", a.identifier());
        organisation(xml, "reporting-org", a.reportingOrg(), a.secondaryReporter() ? "1" : null);
        narrativeElement(xml, "title", a.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        // the description is composed here, in English; the title is the tenant's own text in its language
        xml.writeStartElement("narrative");
        xml.writeAttribute(XML_NS, "lang", "en");
        xml.writeCharacters(a.description());
        xml.writeEndElement();
        xml.writeEndElement();
        for (IatiActivity.Participant p : a.participants()) {
            xml.writeStartElement("participating-org");
            if (p.organisation().ref() != null) {
                xml.writeAttribute("ref", p.organisation().ref());
            }
            if (p.organisation().type() != null) {
                xml.writeAttribute("type", p.organisation().type());
            }
            xml.writeAttribute("role", p.role());
            if (p.activityId() != null) {
                xml.writeAttribute("activity-id", p.activityId());
            }
            narrative(xml, p.organisation().name());
            xml.writeEndElement();
        }
        for (IatiActivity.OtherIdentifier id : a.otherIdentifiers()) {
            xml.writeStartElement("other-identifier");
            xml.writeAttribute("ref", id.ref());
            xml.writeAttribute("type", id.type());
            xml.writeStartElement("owner-org");
            xml.writeAttribute("ref", id.ownerRef());
            narrative(xml, id.ownerName());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        empty(xml, "activity-status", "code", a.status());
        for (IatiActivity.ActivityDate date : a.dates()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", date.type());
            xml.writeAttribute("iso-date", date.date().toString());
        }
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", a.recipientCountry());
        xml.writeAttribute("percentage", "100");
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", a.sectorCode());
        xml.writeAttribute("percentage", "100");
        for (IatiActivity.Budget b : a.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", b.type());
            xml.writeAttribute("status", b.status());
            empty(xml, "period-start", "iso-date", b.periodStart().toString());
            empty(xml, "period-end", "iso-date", b.periodEnd().toString());
            value(xml, b.value().toPlainString(), b.currency(), b.valueDate().toString());
            xml.writeEndElement();
        }
        for (IatiActivity.Transaction t : a.transactions()) {
            xml.writeStartElement("transaction");
            empty(xml, "transaction-type", "code", t.typeCode());
            empty(xml, "transaction-date", "iso-date", t.date().toString());
            value(xml, t.value().toPlainString(), t.currency(), t.valueDate().toString());
            if (t.description() != null) {
                narrativeElement(xml, "description", t.description());
            }
            if (t.provider() != null) {
                organisation(xml, "provider-org", t.provider(), null);
            }
            if (t.receiver() != null) {
                organisation(xml, "receiver-org", t.receiver(), null);
            }
            xml.writeEndElement();
        }
        for (String sibling : a.coFundedActivities()) {
            xml.writeEmptyElement("related-activity");
            xml.writeAttribute("ref", sibling);
            xml.writeAttribute("type", "4");
        }
        xml.writeEndElement();
    }

    private static void organisation(XMLStreamWriter xml, String element, IatiActivity.Organisation org,
            String secondaryReporter) throws XMLStreamException {
        xml.writeStartElement(element);
        if (org.ref() != null) {
            xml.writeAttribute("ref", org.ref());
        }
        if (org.type() != null) {
            xml.writeAttribute("type", org.type());
        }
        if (secondaryReporter != null) {
            xml.writeAttribute("secondary-reporter", secondaryReporter);
        }
        narrative(xml, org.name());
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String amount, String currency, String valueDate)
            throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate);
        xml.writeCharacters(amount);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void narrativeElement(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(xml, text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}

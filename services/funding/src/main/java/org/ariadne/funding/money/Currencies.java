package org.ariadne.funding.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The ISO 4217 codes every amount's currency is checked against: IATI's Currency code list (vendored with the IATI
 * 2.03 schema, so the list is the one an IATI export must use). Withdrawn codes (HRK, EEK …) stay known: historic
 * amounts were paid in them.
 */
public final class Currencies {

    private static final String CODELIST = "iati/2.03/codelists/Currency.xml";
    private static final Set<String> CODES = load();

    private Currencies() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static Set<String> all() {
        return CODES;
    }

    /** Minor units from the JDK's ISO 4217 table; 2 where the JDK does not know the code (or knows none, e.g. XDR). */
    public static int minorUnits(String code) {
        try {
            int digits = java.util.Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException unknownToTheJdk) {
            return 2;
        }
    }

    private static Set<String> load() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Set<String> codes = new TreeSet<>();
        try (InputStream in = Currencies.class.getClassLoader().getResourceAsStream(CODELIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CODELIST + " on the classpath");
            }
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "code".equals(xml.getLocalName())) {
                    codes.add(xml.getElementText().strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("unreadable " + CODELIST, e);
        }
        return Collections.unmodifiableSet(codes);
    }
}

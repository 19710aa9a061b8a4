package org.ariadne.funding.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activities schema, vendored under {@code iati/2.03/} and resolved from the classpath only:
 * validating never reaches the network (external schemas, DTDs and entities other than the three vendored files are
 * refused). Thread-safe: the compiled schema is shared, a validator is made per call.
 */
public final class IatiSchema {

    static final String FOLDER = "iati/2.03/";
    private static final Schema SCHEMA = compile();

    private IatiSchema() {
    }

    /** Every schema error of the document, as "line L, column C: message"; empty = valid. */
    public static List<String> validate(byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings are not failures of the schema
                }

                @Override
                public void error(SAXParseException e) {
                    add(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    add(e);
                }

                private void add(SAXParseException e) {
                    if (errors.size() < 200) {
                        errors.add("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
                    }
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return errors;
    }

    private static Schema compile() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new ClasspathResolver());
            URL main = resource("iati-activities-schema.xsd");
            try (InputStream in = main.openStream()) {
                StreamSource source = new StreamSource(in, FOLDER + "iati-activities-schema.xsd");
                return factory.newSchema(source);
            }
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the vendored IATI 2.03 schema does not compile", e);
        }
    }

    private static URL resource(String file) {
        URL url = IatiSchema.class.getClassLoader().getResource(FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("missing " + FOLDER + file + " on the classpath");
        }
        return url;
    }

    /** Serves the schema's includes and imports (iati-common.xsd, xml.xsd) from the vendored folder, nothing else. */
    private static final class ClasspathResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String file = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!List.of("iati-common.xsd", "xml.xsd", "iati-activities-schema.xsd").contains(file)) {
                throw new IllegalStateException("the IATI schema asked for " + systemId + ", which is not vendored");
            }
            return new Input(publicId, FOLDER + file, IatiSchema.class.getClassLoader().getResourceAsStream(FOLDER + file));
        }
    }

    private record Input(String publicId, String systemId, InputStream byteStream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}

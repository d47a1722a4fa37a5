package dev.factcheck.ingest.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser of this module. Feeds never need a DOCTYPE, so any document that declares one is
 * refused before a single entity is defined: that alone stops external entities (XXE), external DTDs
 * and entity-expansion bombs. External entities, DTD loading and XInclude are also switched off, and
 * secure processing is on, in case a future JDK parser ignores the first rule. Elements may nest at
 * most {@value #MAX_DEPTH} deep.
 */
public final class SecureXml {

    /** How deep a feed's elements may nest; real feeds (Atom with XHTML content included) stay far below. */
    public static final int MAX_DEPTH = 100;
    private static final String MAX_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    private static final DocumentBuilderFactory FACTORY = factory();

    private SecureXml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Rome walks the DOM recursively: a feed nested deeper than any real one is refused while parsing.
            factory.setAttribute(MAX_DEPTH_PROPERTY, MAX_DEPTH);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        return factory;
    }

    public static Document parse(byte[] xml) throws MalformedFeedException {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new MalformedFeedException("XML with a DOCTYPE is refused");
            }
            if (message.contains(MAX_DEPTH_PROPERTY)) {
                throw new MalformedFeedException("XML nested deeper than " + MAX_DEPTH + " elements");
            }
            throw new MalformedFeedException("not well-formed XML (line " + e.getLineNumber() + ")");
        } catch (SAXException e) {
            throw new MalformedFeedException("XML refused");
        } catch (IOException e) {
            throw new MalformedFeedException("unreadable XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

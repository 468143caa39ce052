package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The {@code <xml>} documents WeChat pushes, read with a parser that reads no DTD and no external entity. */
final class WeChatXml {

    private WeChatXml() {
    }

    /** The root element; 400 {@code WECHAT_MESSAGE_INVALID} when the body is no well-formed XML. */
    static Element root(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // a parse error is thrown, not printed
            return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trimmed text of the first element of that name, or null. */
    static String text(Element message, String name) {
        NodeList nodes = message.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}

package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The part of a message WeChat pushes to the official account's callback (plaintext mode, 明文模式) that the
 * platform acts on: {@code <MsgType>event</MsgType>} with {@code <Event>subscribe</Event>} (关注) or
 * {@code unsubscribe} (取消关注), from {@code FromUserName} (the follower's official-account openid) at
 * {@code CreateTime} (seconds). Any other message is {@link #relevant() irrelevant} and answered without effect.
 */
record FollowEvent(String openid, long createTime, boolean relevant, boolean following) {

    static FollowEvent parse(String xml) {
        Element message = document(xml).getDocumentElement();
        String msgType = text(message, "MsgType");
        String event = text(message, "Event");
        boolean follow = "subscribe".equals(event);
        boolean relevant = "event".equals(msgType) && (follow || "unsubscribe".equals(event));
        if (!relevant) {
            return new FollowEvent(null, 0, false, false);
        }
        String openid = text(message, "FromUserName");
        String createTime = text(message, "CreateTime");
        if (openid == null || openid.isBlank() || openid.length() > 64 || createTime == null
                || !createTime.matches("\\d{1,12}")) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        return new FollowEvent(openid, Long.parseLong(createTime), true, follow);
    }

    /** A parser that reads no DTD and no external entity: the body comes from the network. */
    private static Document document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // a parse error is thrown, not printed
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Element message, String name) {
        NodeList nodes = message.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}

package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import org.w3c.dom.Element;

/**
 * The part of a message WeChat pushes to the official account's callback (in plaintext, or decrypted) that the
 * platform acts on: {@code <MsgType>event</MsgType>} with {@code <Event>subscribe</Event>} (关注) or
 * {@code unsubscribe} (取消关注), from {@code FromUserName} (the follower's official-account openid) at
 * {@code CreateTime} (seconds), to {@code ToUserName} (the official account's own id, a reply's sender). Any other
 * message is {@link #relevant() irrelevant} and answered without effect.
 */
record FollowEvent(String openid, String account, long createTime, boolean relevant, boolean following) {

    static FollowEvent parse(String xml) {
        Element message = WeChatXml.root(xml);
        String msgType = WeChatXml.text(message, "MsgType");
        String event = WeChatXml.text(message, "Event");
        boolean follow = "subscribe".equals(event);
        boolean relevant = "event".equals(msgType) && (follow || "unsubscribe".equals(event));
        if (!relevant) {
            return new FollowEvent(null, null, 0, false, false);
        }
        String openid = WeChatXml.text(message, "FromUserName");
        String account = WeChatXml.text(message, "ToUserName");
        String createTime = WeChatXml.text(message, "CreateTime");
        if (!isId(openid) || !isId(account) || createTime == null || !createTime.matches("\\d{1,12}")) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        return new FollowEvent(openid, account, Long.parseLong(createTime), true, follow);
    }

    /** An openid or an account's id: letters, digits, '-' and '_', as WeChat makes them (and safe inside CDATA). */
    private static boolean isId(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{1,64}");
    }
}

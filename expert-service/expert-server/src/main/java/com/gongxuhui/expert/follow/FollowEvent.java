package com.gongxuhui.expert.follow;

import com.gongxuhui.common.web.ProblemException;
import org.w3c.dom.Element;

/**
 * The part of a message WeChat pushes to the official account's callback (in plaintext, or decrypted) that the
 * platform acts on: {@code <MsgType>event</MsgType>} with {@code <Event>subscribe</Event>} (关注) or
 * {@code unsubscribe} (取消关注), from {@code FromUserName} (the follower's official-account openid) at
 * {@code CreateTime} (seconds). Any other message is {@link #relevant() irrelevant} and answered without effect.
 */
record FollowEvent(String openid, long createTime, boolean relevant, boolean following) {

    static FollowEvent parse(String xml) {
        Element message = WeChatXml.root(xml);
        String msgType = WeChatXml.text(message, "MsgType");
        String event = WeChatXml.text(message, "Event");
        boolean follow = "subscribe".equals(event);
        boolean relevant = "event".equals(msgType) && (follow || "unsubscribe".equals(event));
        if (!relevant) {
            return new FollowEvent(null, 0, false, false);
        }
        String openid = WeChatXml.text(message, "FromUserName");
        String createTime = WeChatXml.text(message, "CreateTime");
        if (openid == null || openid.isBlank() || openid.length() > 64 || createTime == null
                || !createTime.matches("\\d{1,12}")) {
            throw ProblemException.badRequest("WECHAT_MESSAGE_INVALID");
        }
        return new FollowEvent(openid, Long.parseLong(createTime), true, follow);
    }
}

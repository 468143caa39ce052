package com.gongxuhui.expert.follow;

import com.gongxuhui.expert.wechat.WeChatProperties;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What a follower of the official account gets at once (manual 十: 关注后将收到一条推送信息，请点击“前往绑定信息”):
 * WeChat's passive reply to his follow event, a text message whose link opens the mini-program's login page, where
 * 一键登录 links his WeChat to his expert record. Every delivery of a follow is answered with it, since WeChat shows
 * the reply to the one delivery it took. A client too old for mini-program links shows the text without the link.
 */
@Component
class BindingInvitation {

    private final WeChatProperties properties;
    private final Clock clock;

    BindingInvitation(WeChatProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The reply message (公众平台 被动回复用户消息, 文本消息) to this follow, in plaintext. */
    String replyTo(FollowEvent follow) {
        return "<xml><ToUserName><![CDATA[" + follow.openid() + "]]></ToUserName><FromUserName><![CDATA["
                + follow.account() + "]]></FromUserName><CreateTime>" + clock.instant().getEpochSecond()
                + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + text() + "]]></Content></xml>";
    }

    private String text() {
        String miniProgram = properties.miniProgram().appId();
        String link = miniProgram == null || miniProgram.isBlank() ? "“前往绑定信息”：在微信中打开供需荟小程序"
                : "<a data-miniprogram-appid=\"" + miniProgram + "\" data-miniprogram-path=\"" + properties.bindingPage()
                        + "\">前往绑定信息</a>";
        return "欢迎关注供需荟！请点击" + link + "，一键登录后即完成个人信息与公众号的绑定，此后每天下午四点推送您订阅领域的需求。";
    }
}

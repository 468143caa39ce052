package com.gongxuhui.expert.follow;

import com.gongxuhui.expert.wechat.WeChatAccessTokens;
import com.gongxuhui.expert.wechat.WeChatAnswers.UserInfo;
import com.gongxuhui.expert.wechat.WeChatApi;
import com.gongxuhui.expert.wechat.WeChatProblems;
import com.gongxuhui.expert.wechat.WeChatProperties;
import org.springframework.stereotype.Service;

/**
 * A follow or unfollow WeChat reported. A new follower's openid is resolved to his unionid (cgi-bin/user/info
 * with the official account's access token) before anything is stored, so that a WeChat outage stores nothing
 * and the error answer makes WeChat deliver the event again.
 */
@Service
class FollowCallback {

    private final Followers followers;
    private final WeChatApi wechat;
    private final WeChatAccessTokens accessTokens;
    private final WeChatProperties properties;

    FollowCallback(Followers followers, WeChatApi wechat, WeChatAccessTokens accessTokens, WeChatProperties properties) {
        this.followers = followers;
        this.wechat = wechat;
        this.accessTokens = accessTokens;
        this.properties = properties;
    }

    void handle(FollowEvent event) {
        if (!event.relevant()) {
            return;
        }
        Follower known = followers.find(event.openid());
        if (known != null && !known.changedBy(event.following(), event.createTime())) {
            return;
        }
        String unionId = known != null ? known.unionId() : null;
        if (unionId == null && event.following()) {
            unionId = unionIdOf(event.openid());
        }
        followers.apply(event.openid(), unionId, event.following(), event.createTime());
    }

    private String unionIdOf(String openid) {
        UserInfo user = accessTokens.withAccessToken(properties.officialAccount().app(),
                token -> wechat.userInfo(token, openid));
        if (!user.succeeded()) {
            throw WeChatProblems.of("cgi-bin/user/info", user);
        }
        return user.unionid();
    }
}

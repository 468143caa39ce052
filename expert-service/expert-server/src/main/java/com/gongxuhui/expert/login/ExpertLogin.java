package com.gongxuhui.expert.login;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.Expert;
import com.gongxuhui.expert.expert.ExpertMapper;
import com.gongxuhui.expert.follow.Followers;
import com.gongxuhui.expert.login.OrgExpertLoginClient.ExpertIdentity;
import com.gongxuhui.expert.wechat.WeChatAccessTokens;
import com.gongxuhui.expert.wechat.WeChatAnswers.PhoneNumber;
import com.gongxuhui.expert.wechat.WeChatAnswers.Session;
import com.gongxuhui.expert.wechat.WeChatApi;
import com.gongxuhui.expert.wechat.WeChatProblems;
import com.gongxuhui.expert.wechat.WeChatProperties;
import feign.FeignException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The mini-program's one-tap login (manual: 专家端登录): WeChat names the user behind the login code
 * (jscode2session: openid, unionid) and the phone he allowed us to read (getuserphonenumber); the expert record
 * with that phone logs in with tokens from org-service. Only then are his WeChat identities recorded, which
 * links him to his official-account follow if WeChat reported that first.
 */
@Service
class ExpertLogin {

    private static final Logger log = LoggerFactory.getLogger(ExpertLogin.class);

    private final WeChatApi wechat;
    private final WeChatAccessTokens accessTokens;
    private final WeChatProperties properties;
    private final ExpertMapper experts;
    private final OrgExpertLoginClient org;
    private final Followers followers;
    private final String internalToken;

    ExpertLogin(WeChatApi wechat, WeChatAccessTokens accessTokens, WeChatProperties properties, ExpertMapper experts,
            OrgExpertLoginClient org, Followers followers, @Value("${gxh.internal.expert-login-token:}") String internalToken) {
        this.wechat = wechat;
        this.accessTokens = accessTokens;
        this.properties = properties;
        this.experts = experts;
        this.org = org;
        this.followers = followers;
        this.internalToken = internalToken;
    }

    ExpertTokens login(LoginForm form) {
        Session session = session(form.code());
        Expert expert = experts.findByPhone(confirmedPhone(form.phoneCode()))
                .orElseThrow(() -> ProblemException.notFound("EXPERT_NOT_FOUND"));
        ExpertTokens tokens = tokensFor(expert);
        followers.recordLogin(expert, session.openid(), session.unionid());
        return tokens;
    }

    /** Who the login code belongs to: his mini-program openid and, when the apps are bound, his unionid. */
    private Session session(String code) {
        if (!properties.miniProgram().configured()) {
            throw WeChatProblems.unavailable("gxh.wechat.mini-program.app-id / secret are not configured");
        }
        Session session = wechat.codeToSession(properties.miniProgram(), code);
        if (!session.succeeded()) {
            throw WeChatProblems.of("jscode2session", session);
        }
        if (session.openid() == null) {
            throw WeChatProblems.unavailable("jscode2session answered without an openid");
        }
        return session;
    }

    /** The phone number the user let the mini-program read, without country code. */
    private String confirmedPhone(String phoneCode) {
        PhoneNumber phone = accessTokens.withAccessToken(properties.miniProgram(),
                token -> wechat.phoneNumber(token, phoneCode));
        if (!phone.succeeded()) {
            throw WeChatProblems.of("getuserphonenumber", phone);
        }
        if (phone.phoneInfo() == null || phone.phoneInfo().purePhoneNumber() == null) {
            throw WeChatProblems.unavailable("getuserphonenumber answered without phone_info.purePhoneNumber");
        }
        return phone.phoneInfo().purePhoneNumber();
    }

    private ExpertTokens tokensFor(Expert expert) {
        try {
            return org.login(internalToken, new ExpertIdentity(expert.getId(), expert.getPhone(), expert.getName(),
                    expert.getInstitutionId()));
        } catch (FeignException.Conflict phoneOfAnotherAccount) {
            // The phone belongs to a staff account (or another expert's) in org-service: an administrator must sort it out.
            throw ProblemException.conflict("EXPERT_ACCOUNT_CONFLICT");
        } catch (FeignException e) {
            log.warn("org-service issued no tokens for expert {}: {}", expert.getId(), e.getMessage());
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "LOGIN_UNAVAILABLE");
        }
    }
}

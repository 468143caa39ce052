package com.gongxuhui.org.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.gongxuhui.common.provider.ProviderClients;
import com.gongxuhui.common.web.ProblemException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The portal's user-info API, the one call the entry needs: {@code POST /sso/ticket/user}
 * {@code {"appId", "appSecret", "ticket"}} → {@code {"code": 0, "message", "data": {"userId", "realName", "mobile"}}},
 * where code {@value #TICKET_REFUSED} means the ticket is unknown, used or expired (it lives a few minutes and works
 * once). This is the shape agreed for the integration (docs/portal-entry.md); the base URL makes it the portal's.
 * No answer at all (no connection, a timeout, a non-2xx status, another body) and any other code are
 * {@code PORTAL_UNAVAILABLE}: the user can only come again later, the operator finds the reason in the log.
 */
@Component
class PortalApi {

    static final int TICKET_REFUSED = 40101;
    private static final Logger log = LoggerFactory.getLogger(PortalApi.class);

    /** The portal's answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(Integer code, String message, PortalUser data) {
    }

    /** Who the portal says holds the ticket: his real-name-verified mobile. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PortalUser(String userId, String realName, String mobile) {
    }

    private final PortalProperties properties;
    private final RestClient http;

    PortalApi(RestClient.Builder builder, PortalProperties properties) {
        this.properties = properties;
        this.http = properties.configured() ? ProviderClients.restClient(builder, properties.baseUrl(),
                properties.connectTimeout(), properties.readTimeout()) : null;
    }

    /** The ticket's holder; 401 {@code PORTAL_TICKET_INVALID} when the portal refuses the ticket. */
    PortalUser holderOf(String ticket) {
        if (http == null) {
            throw unavailable("gxh.portal.base-url / app-id / app-secret are not configured");
        }
        Answer answer;
        try {
            answer = http.post().uri("/sso/ticket/user").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("appId", properties.appId(), "appSecret", properties.appSecret(), "ticket", ticket))
                    .retrieve().body(Answer.class);
        } catch (RestClientException e) {
            throw unavailable("the user-info call failed: " + e);
        }
        if (answer != null && Integer.valueOf(TICKET_REFUSED).equals(answer.code())) {
            throw ProblemException.unauthorized("PORTAL_TICKET_INVALID");
        }
        if (answer == null || !Integer.valueOf(0).equals(answer.code()) || answer.data() == null
                || answer.data().mobile() == null || answer.data().mobile().isBlank()) {
            // code and message only: the rest may carry the person's name and mobile
            throw unavailable(answer == null ? "the user-info call answered an empty body"
                    : "the user-info call answered code " + answer.code() + " (" + answer.message() + ")");
        }
        return answer.data();
    }

    private static ProblemException unavailable(String reason) {
        log.warn("Entry from the provincial portal unavailable: {}", reason);
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "PORTAL_UNAVAILABLE");
    }
}

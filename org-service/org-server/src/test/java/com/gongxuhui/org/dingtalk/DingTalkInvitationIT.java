package com.gongxuhui.org.dingtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Console accounts invited into the province's DingTalk organisation, against a WireMock DingTalk that answers only
 * the requests DingTalk's contact API documents (exact JSON bodies). The relay's rounds are run by hand; "time
 * passes" by making an invitation due at once. Every test starts without other invitations, so that a round takes
 * only the test's own.
 */
class DingTalkInvitationIT extends OrgServiceIT {

    private static final WireMockServer dingTalk = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /** Unique per run: the access token is cached in the shared Redis under the app key. */
    private static final String APP_KEY = "dinginvite" + UUID.randomUUID().toString().replace("-", "");
    private static final String DEPARTMENT = "4711";

    static {
        dingTalk.start();
    }

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("gxh.dingtalk.base-url", dingTalk::baseUrl);
        registry.add("gxh.dingtalk.app-key", () -> APP_KEY);
        registry.add("gxh.dingtalk.app-secret", () -> "secret");
        registry.add("gxh.dingtalk.invitation.department-id", () -> DEPARTMENT);
        registry.add("gxh.dingtalk.invitation.max-attempts", () -> "3");
    }

    @AfterAll
    static void stopWireMock() {
        dingTalk.stop();
    }

    @Autowired
    DingTalkInvitationRelay relay;

    @Autowired
    DingTalkInvitationMapper invitations;

    @Autowired
    DingTalkProperties dingTalkProperties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Value("${gxh.events.topic-prefix}")
    String environment;

    OrgFixtures fixtures;

    @BeforeEach
    void freshDingTalk() {
        fixtures = new OrgFixtures(api());
        dingTalk.resetAll();
        redis.delete(environment + "provider:access-token:dingtalk:" + APP_KEY);
        dingTalk.stubFor(get(urlPathEqualTo("/gettoken")).withQueryParam("appkey", equalTo(APP_KEY))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"access_token\": \"T1\", \"expires_in\": 7200}")));
        jdbc.update("DELETE FROM dingtalk_invitation");
    }

    @Test
    void aNewBrokerIsAddedOnceWithHisNameAndMobileToTheConfiguredDepartment() {
        InstitutionFixture institution = fixtures.institution("330100");
        jdbc.update("DELETE FROM dingtalk_invitation"); // the institution's administrator: another test's
        var broker = fixtures.staff(institution, institution.headOfficeId(), false);
        String name = "经纪人" + broker.getValue().substring(7);
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create")).withQueryParam("access_token", equalTo("T1"))
                .withRequestBody(equalToJson("{\"name\": \"" + name + "\", \"mobile\": \"" + broker.getValue()
                        + "\", \"dept_id_list\": \"" + DEPARTMENT + "\"}"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-broker\"}}")));
        userIsActive("dt-broker", false);
        assertThat(staffDingTalk(institution, broker.getKey()).path("status").asText()).isEqualTo("PENDING");

        assertThat(relay.advanceDue()).isEqualTo(1);
        relay.advanceDue();
        relay.advanceDue();

        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create")));
        DingTalkInvitation invitation = invitations.selectById(broker.getKey());
        assertThat(invitation.getStatus()).isEqualTo(DingTalkInvitationStatus.INVITED);
        assertThat(invitation.getDingtalkUserId()).isEqualTo("dt-broker");
        JsonNode shown = staffDingTalk(institution, broker.getKey());
        assertThat(shown.path("status").asText()).isEqualTo("INVITED");
        assertThat(Instant.parse(shown.path("invitedAt").asText())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(shown.has("joinedAt")).isFalse();
    }

    @Test
    void aMobileThatIsAMemberAlreadyIsLookedUpAndCountsAsInvited() {
        long accountId = govManager();
        String phone = phoneOf(accountId);
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create"))
                .willReturn(okJson("{\"errcode\": 60104, \"errmsg\": \"手机号码在公司中已存在\"}")));
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/getbymobile")).withQueryParam("access_token", equalTo("T1"))
                .withRequestBody(equalToJson("{\"mobile\": \"" + phone + "\"}"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-member\"}}")));

        relay.advanceDue();

        DingTalkInvitation invitation = invitations.selectById(accountId);
        assertThat(invitation.getStatus()).isEqualTo(DingTalkInvitationStatus.INVITED);
        assertThat(invitation.getDingtalkUserId()).isEqualTo("dt-member");
        assertThat(invitation.getLastError()).isNull();
    }

    @Test
    void dingTalkAwayIsRetriedWithABackOffThenFailedWithItsErrorForTheAdministratorsEyesOnly() {
        InstitutionFixture institution = fixtures.institution("330100");
        jdbc.update("DELETE FROM dingtalk_invitation");
        var broker = fixtures.staff(institution, institution.headOfficeId(), false);
        String colleague = fixtures.bearer(fixtures.staff(institution, institution.headOfficeId(), false).getValue(),
                OrgFixtures.PASSWORD);
        jdbc.update("DELETE FROM dingtalk_invitation WHERE account_id <> ?", broker.getKey());
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create")).willReturn(aResponse().withStatus(503)));

        relay.advanceDue();
        DingTalkInvitation first = invitations.selectById(broker.getKey());
        assertThat(first.getStatus()).isEqualTo(DingTalkInvitationStatus.PENDING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError()).startsWith("user/create failed").contains("503");
        assertThat(Duration.between(Instant.now(), first.getNextAttemptAt())).as("the first back-off, 1 minute")
                .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
        relay.advanceDue();
        assertThat(invitations.selectById(broker.getKey()).getAttempts()).as("not due yet").isEqualTo(1);

        timePasses(broker.getKey());
        relay.advanceDue();
        DingTalkInvitation second = invitations.selectById(broker.getKey());
        assertThat(second.getAttempts()).isEqualTo(2);
        assertThat(Duration.between(Instant.now(), second.getNextAttemptAt())).as("doubled")
                .isBetween(Duration.ofSeconds(110), Duration.ofSeconds(121));

        timePasses(broker.getKey());
        relay.advanceDue();
        DingTalkInvitation last = invitations.selectById(broker.getKey());
        assertThat(last.getStatus()).isEqualTo(DingTalkInvitationStatus.FAILED);
        assertThat(last.getAttempts()).isEqualTo(3);
        dingTalk.verify(3, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create")));

        timePasses(broker.getKey());
        relay.advanceDue();
        dingTalk.verify(3, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create")));
        JsonNode forTheAdministrator = staffDingTalk(institution, broker.getKey());
        assertThat(forTheAdministrator.path("status").asText()).isEqualTo("FAILED");
        assertThat(forTheAdministrator.path("lastError").asText()).startsWith("user/create failed").contains("503");
        JsonNode forAColleague = api().get("/api/institutions/" + institution.id() + "/staff/" + broker.getKey(),
                "Authorization", colleague).json().path("dingtalk");
        assertThat(forAColleague.path("status").asText()).isEqualTo("FAILED");
        assertThat(forAColleague.has("lastError")).isFalse();
    }

    @Test
    void anInvitedMemberIsCheckedLessAndLessOftenUntilHeHasActivatedDingTalk() {
        long accountId = govManager();
        String phone = phoneOf(accountId);
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create")).withRequestBody(matchingJsonPath("$.mobile",
                equalTo(phone))).willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-gov\"}}")));
        userIsActive("dt-gov", false);

        relay.advanceDue();
        relay.advanceDue();
        DingTalkInvitation notYet = invitations.selectById(accountId);
        assertThat(notYet.getStatus()).isEqualTo(DingTalkInvitationStatus.INVITED);
        assertThat(Duration.between(Instant.now(), notYet.getNextAttemptAt())).as("checked again in 5 minutes")
                .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
        timePasses(accountId);
        relay.advanceDue();
        assertThat(Duration.between(Instant.now(), invitations.selectById(accountId).getNextAttemptAt()))
                .as("then in 10").isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        dingTalk.verify(2, userGet("dt-gov"));

        userIsActive("dt-gov", true);
        timePasses(accountId);
        relay.advanceDue();
        relay.advanceDue();

        dingTalk.verify(3, userGet("dt-gov"));
        JsonNode shown = govManagerDingTalk(accountId);
        assertThat(shown.path("status").asText()).isEqualTo("JOINED");
        assertThat(Instant.parse(shown.path("joinedAt").asText())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(invitations.selectById(accountId).getNextAttemptAt()).isNull();
    }

    @Test
    void aMemberDingTalkNoLongerKnowsIsFailedForHisAdministratorToDecide() {
        long accountId = govManager();
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-gone\"}}")));
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/get"))
                .willReturn(okJson("{\"errcode\": 60121, \"errmsg\": \"找不到该用户\"}")));

        relay.advanceDue();
        relay.advanceDue();

        assertThat(govManagerDingTalk(accountId).path("status").asText()).isEqualTo("FAILED");
        assertThat(govManagerDingTalk(accountId).path("lastError").asText()).contains("60121");
    }

    @Test
    void onlyTheInstanceHoldingTheLeaseRelays() {
        long accountId = govManager();
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-lease\"}}")));
        DingTalkInvitationSchedule schedule = new DingTalkInvitationSchedule(relay, dingTalkProperties, redis,
                environment);
        String lease = "outbox:relay:" + environment + "org-dingtalk-invitations";
        redis.opsForValue().set(lease, "another instance", Duration.ofMinutes(1));

        schedule.advanceDueInvitations();
        assertThat(invitations.selectById(accountId).getStatus()).isEqualTo(DingTalkInvitationStatus.PENDING);
        dingTalk.verify(0, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create")));

        redis.delete(lease);
        schedule.advanceDueInvitations();
        assertThat(invitations.selectById(accountId).getStatus()).isEqualTo(DingTalkInvitationStatus.INVITED);
        schedule.giveTheLeaseBack();
        assertThat(redis.hasKey(lease)).isFalse();
    }

    @Test
    void theAdministratorReInvitesAFailedBrokerAtOnceAndItIsAudited() {
        InstitutionFixture institution = fixtures.institution("330100");
        var broker = fixtures.staff(institution, institution.headOfficeId(), false);
        jdbc.update("UPDATE dingtalk_invitation SET status = 'FAILED', attempts = 3, last_error = 'user/create failed: "
                + "errcode=-1 errmsg=系统繁忙' WHERE account_id = ?", broker.getKey());
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create")).withRequestBody(matchingJsonPath("$.mobile",
                equalTo(broker.getValue()))).willReturn(okJson(
                        "{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-again\"}}")));
        userIsActive("dt-again", true);
        String path = "/api/institutions/" + institution.id() + "/staff/" + broker.getKey() + "/dingtalk-invitation";

        Response invited = api().post(path, "", "Authorization", institution.adminBearer());
        Response joined = api().post(path, "", "Authorization", institution.adminBearer());
        Response nothingMore = api().post(path, "", "Authorization", institution.adminBearer());

        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(invited.json().path("status").asText()).isEqualTo("INVITED");
        assertThat(invited.json().has("lastError")).isFalse();
        assertThat(joined.json().path("status").asText()).as("the re-invite of an invited member checks him")
                .isEqualTo("JOINED");
        assertThat(nothingMore.json().path("status").asText()).isEqualTo("JOINED");
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create")));
        dingTalk.verify(1, userGet("dt-again"));
        assertThat(invitations.selectById(broker.getKey()).getAttempts()).isZero();
        JsonNode audit = api().get("/api/audit?action=DINGTALK_REINVITED&institutionId=" + institution.id(),
                "Authorization", fixtures.sysAdmin()).json();
        assertThat(audit.path("total").asLong()).isEqualTo(2);
        assertThat(audit.path("items").get(1).path("changes").toString()).contains("FAILED", "INVITED");
    }

    @Test
    void theSystemAdministratorReInvitesABureauManagerAndAnInstitutionsAdministrator() {
        long manager = govManager();
        InstitutionFixture institution = fixtures.institution("330100");
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/create"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"dt-x\"}}")));

        Response managerInvited = api().post("/api/gov-managers/" + manager + "/dingtalk-invitation", "",
                "Authorization", fixtures.sysAdmin());
        Response adminInvited = api().post("/api/institutions/" + institution.id() + "/administrator/dingtalk-invitation",
                "", "Authorization", fixtures.sysAdmin());

        assertThat(managerInvited.json().path("status").asText()).as(managerInvited.body()).isEqualTo("INVITED");
        assertThat(adminInvited.json().path("status").asText()).as(adminInvited.body()).isEqualTo("INVITED");
        dingTalk.verify(1, postRequestedFor(urlPathEqualTo("/topapi/v2/user/create"))
                .withRequestBody(matchingJsonPath("$.mobile", equalTo(institution.adminPhone()))));
        JsonNode administrator = api().get("/api/institutions/" + institution.id() + "/administrator",
                "Authorization", institution.adminBearer()).json();
        assertThat(administrator.path("phone").asText()).isEqualTo(institution.adminPhone());
        assertThat(administrator.path("dingtalk").path("status").asText()).isEqualTo("INVITED");
    }

    @Test
    void anotherInstitutionsAdministratorGetsNotFoundAndNothingIsSent() {
        InstitutionFixture a = fixtures.institution("330100");
        InstitutionFixture b = fixtures.institution("330100");
        long brokerOfB = fixtures.staff(b, b.headOfficeId(), false).getKey();
        String bearer = a.adminBearer();

        Response throughBsPath = api().post("/api/institutions/" + b.id() + "/staff/" + brokerOfB
                + "/dingtalk-invitation", "", "Authorization", bearer);
        assertThat(fixtures.refusals("staff:" + brokerOfB)).isZero();
        Response throughAsPath = api().post("/api/institutions/" + a.id() + "/staff/" + brokerOfB
                + "/dingtalk-invitation", "", "Authorization", bearer);
        Response bsAdministrator = api().post("/api/institutions/" + b.id() + "/administrator/dingtalk-invitation", "",
                "Authorization", bearer);
        Response bsAdministratorRead = api().get("/api/institutions/" + b.id() + "/administrator", "Authorization",
                bearer);

        assertThat(throughBsPath.status()).isEqualTo(404);
        assertThat(throughBsPath.code()).isEqualTo("INSTITUTION_NOT_FOUND");
        assertThat(throughAsPath.status()).isEqualTo(404);
        assertThat(throughAsPath.code()).isEqualTo("STAFF_NOT_FOUND");
        assertThat(fixtures.refusals("staff:" + brokerOfB)).as("a security event").isEqualTo(1);
        assertThat(bsAdministrator.status()).isEqualTo(404);
        assertThat(bsAdministratorRead.status()).isEqualTo(404);
        assertThat(api().post("/api/gov-managers/" + govManager() + "/dingtalk-invitation", "", "Authorization", bearer)
                .status()).isEqualTo(403);
        assertThat(dingTalk.getAllServeEvents()).isEmpty();
        assertThat(invitations.selectById(brokerOfB).getStatus()).isEqualTo(DingTalkInvitationStatus.PENDING);
    }

    @Test
    void aDisabledBrokerIsNeitherSentNorReInvited() {
        InstitutionFixture institution = fixtures.institution("330100");
        jdbc.update("DELETE FROM dingtalk_invitation");
        var broker = fixtures.staff(institution, institution.headOfficeId(), false);
        String path = "/api/institutions/" + institution.id() + "/staff/" + broker.getKey();
        api().post(path + "/disable", "", "Authorization", institution.adminBearer());

        assertThat(relay.advanceDue()).isZero();
        Response reinvite = api().post(path + "/dingtalk-invitation", "", "Authorization", institution.adminBearer());

        assertThat(reinvite.status()).isEqualTo(409);
        assertThat(reinvite.code()).isEqualTo("DINGTALK_INVITATION_ACCOUNT_DISABLED");
        assertThat(dingTalk.getAllServeEvents()).isEmpty();
    }

    private JsonNode staffDingTalk(InstitutionFixture institution, long staffId) {
        JsonNode list = api().get("/api/institutions/" + institution.id() + "/staff", "Authorization",
                institution.adminBearer()).json();
        for (JsonNode member : list.path("items")) {
            if (member.path("id").asLong() == staffId) {
                return member.path("dingtalk");
            }
        }
        throw new AssertionError("staff member " + staffId + " not listed: " + list);
    }

    private JsonNode govManagerDingTalk(long id) {
        JsonNode list = api().get("/api/gov-managers?keyword=" + phoneOf(id) + "&size=100", "Authorization",
                fixtures.sysAdmin()).json();
        return list.path("items").get(0).path("dingtalk");
    }

    /** A new bureau manager of Hangzhou; his id. */
    private long govManager() {
        Response created = api().post("/api/gov-managers", Map.of("name", "杭州市科技局", "phone", phone(),
                "password", OrgFixtures.PASSWORD, "level", "CITY", "regionCode", "330100"), "Authorization",
                fixtures.sysAdmin());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private String phoneOf(long accountId) {
        return jdbc.queryForObject("SELECT phone FROM account WHERE id = ?", String.class, accountId);
    }

    /** The invitation's back-off is over: it is due at the relay's next round. */
    private void timePasses(long accountId) {
        jdbc.update("UPDATE dingtalk_invitation SET next_attempt_at = NULL WHERE account_id = ?", accountId);
    }

    private static void userIsActive(String userId, boolean active) {
        dingTalk.stubFor(post(urlPathEqualTo("/topapi/v2/user/get")).withQueryParam("access_token", equalTo("T1"))
                .withRequestBody(equalToJson("{\"userid\": \"" + userId + "\"}"))
                .willReturn(okJson("{\"errcode\": 0, \"errmsg\": \"ok\", \"result\": {\"userid\": \"" + userId
                        + "\", \"name\": \"张三\", \"mobile\": \"13700000000\", \"active\": " + active + "}}")));
    }

    private static RequestPatternBuilder userGet(String userId) {
        return postRequestedFor(urlPathEqualTo("/topapi/v2/user/get"))
                .withRequestBody(equalToJson("{\"userid\": \"" + userId + "\"}"));
    }
}

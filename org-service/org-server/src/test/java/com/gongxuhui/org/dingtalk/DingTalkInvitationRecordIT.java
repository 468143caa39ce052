package com.gongxuhui.org.dingtalk;

import static com.gongxuhui.common.test.TestPhones.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gongxuhui.common.event.Actor;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.common.test.HttpApi.Response;
import com.gongxuhui.org.OrgFixtures;
import com.gongxuhui.org.OrgFixtures.InstitutionFixture;
import com.gongxuhui.org.OrgServiceIT;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountRegistration;
import com.gongxuhui.org.account.NewAccount;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitations as recorded with the accounts, on a platform whose DingTalk app has no credentials (the test
 * default): they wait PENDING, the console is told NOT_CONFIGURED, and nothing is sent.
 */
class DingTalkInvitationRecordIT extends OrgServiceIT {

    @Autowired
    AccountRegistration registration;

    @Autowired
    AccountMapper accounts;

    @Autowired
    DingTalkInvitationMapper invitations;

    @Autowired
    DingTalkInvitationRelay relay;

    @Autowired
    TransactionTemplate transactions;

    OrgFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OrgFixtures(api());
    }

    @Test
    void everyConsoleAccountAndNoOtherGetsOnePendingInvitation() {
        InstitutionFixture institution = fixtures.institution("330100");
        long centreAdmin = fixtures.staff(institution, institution.headOfficeId(), true).getKey();
        long broker = fixtures.staff(institution, institution.headOfficeId(), false).getKey();
        Account manager = registered(Role.GOV_MANAGER);
        Account expert = registered(Role.EXPERT);
        Account enterprise = registered(Role.ENTERPRISE);
        long administrator = api().get("/api/institutions/" + institution.id() + "/administrator", "Authorization",
                institution.adminBearer()).json().path("id").asLong();

        for (long console : new long[] {administrator, centreAdmin, broker, manager.getId()}) {
            DingTalkInvitation invitation = invitations.selectById(console);
            assertThat(invitation).as("account " + console).isNotNull();
            assertThat(invitation.getStatus()).isEqualTo(DingTalkInvitationStatus.PENDING);
            assertThat(invitation.getAttempts()).isZero();
        }
        assertThat(invitations.selectById(expert.getId())).as("experts are reached through WeChat").isNull();
        assertThat(invitations.selectById(enterprise.getId())).isNull();
    }

    @Test
    void theInvitationIsRecordedInTheAccountsTransaction() {
        String phone = phone();

        Long openedThenRolledBack = transactions.execute(status -> {
            Account account = registration.register(new NewAccount(phone, "Secret123", "回滚", Set.of(Role.STAFF), 1L,
                    1L, "330100"), Actor.system());
            assertThat(invitations.selectById(account.getId())).as("recorded with the account").isNotNull();
            status.setRollbackOnly();
            return account.getId();
        });

        assertThat(invitations.selectById(openedThenRolledBack)).as("rolled back with the account").isNull();
        assertThat(accounts.findByPhone(phone)).isEmpty();
    }

    @Test
    void withoutTheAppsCredentialsNothingIsSentAndTheConsoleIsToldSo() {
        InstitutionFixture institution = fixtures.institution("330100");
        long broker = fixtures.staff(institution, institution.headOfficeId(), false).getKey();
        String path = "/api/institutions/" + institution.id() + "/staff/" + broker;

        assertThat(relay.advanceDue()).isZero();
        Response reinvite = api().post(path + "/dingtalk-invitation", "", "Authorization", institution.adminBearer());
        JsonNode listed = api().get("/api/institutions/" + institution.id() + "/staff", "Authorization",
                institution.adminBearer()).json().path("items").get(0);

        assertThat(reinvite.status()).isEqualTo(200);
        assertThat(reinvite.json().path("status").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(listed.path("id").asLong()).isEqualTo(broker);
        assertThat(listed.path("dingtalk").path("status").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(api().get(path, "Authorization", institution.adminBearer()).json().path("dingtalk").path("status")
                .asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(invitations.selectById(broker).getStatus()).isEqualTo(DingTalkInvitationStatus.PENDING);
        assertThat(invitations.selectById(broker).getAttempts()).isZero();
    }

    @Test
    void malformedIdsAreBadRequestsAndAccountsWithoutAnInvitationNotFound() {
        InstitutionFixture institution = fixtures.institution("330100");

        Response staffPath = api().post("/api/institutions/" + institution.id() + "/staff/abc/dingtalk-invitation", "",
                "Authorization", institution.adminBearer());
        Response managerPath = api().post("/api/gov-managers/1x/dingtalk-invitation", "", "Authorization",
                fixtures.sysAdmin());
        Response administratorPath = api().get("/api/institutions/x1/administrator", "Authorization",
                fixtures.sysAdmin());
        Account legacy = registered(Role.GOV_MANAGER);
        invitations.deleteById(legacy.getId());
        Response withoutInvitation = api().post("/api/gov-managers/" + legacy.getId() + "/dingtalk-invitation", "",
                "Authorization", fixtures.sysAdmin());

        for (Response bad : new Response[] {staffPath, managerPath, administratorPath}) {
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(withoutInvitation.status()).isEqualTo(404);
        assertThat(withoutInvitation.code()).isEqualTo("DINGTALK_INVITATION_NOT_FOUND");
    }

    private Account registered(Role role) {
        return registration.register(new NewAccount(phone(), "Secret123", "账号", Set.of(role), null, null, "330100"),
                Actor.system());
    }
}

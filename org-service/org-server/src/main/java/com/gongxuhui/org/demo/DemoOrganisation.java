package com.gongxuhui.org.demo;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.SystemAdministratorSettings;
import com.gongxuhui.org.centre.CentreRequest;
import com.gongxuhui.org.centre.Centres;
import com.gongxuhui.org.govmanager.GovLevel;
import com.gongxuhui.org.govmanager.GovManagers;
import com.gongxuhui.org.govmanager.NewGovManagerRequest;
import com.gongxuhui.org.institution.InstitutionMapper;
import com.gongxuhui.org.institution.InstitutionType;
import com.gongxuhui.org.institution.Institutions;
import com.gongxuhui.org.institution.RegisterInstitutionRequest;
import com.gongxuhui.org.institution.ServiceType;
import com.gongxuhui.org.staff.NewStaffRequest;
import com.gongxuhui.org.staff.StaffMembers;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo organisation of the embedded default (profile {@code local}): one university institution with a
 * mountain-county centre, a centre administrator, a broker and a bureau manager of each level, made through
 * the same services as the console (so events and audit entries exist too). Listed in
 * {@code deploy/local/demo-accounts.txt}; created once.
 */
@Component
@Profile("local")
@Order(100)
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "Demo@123456";
    private static final String USCC = "12330000470051726F";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final InstitutionMapper institutions;
    private final AccountMapper accounts;
    private final Institutions registration;
    private final Centres centres;
    private final StaffMembers staff;
    private final GovManagers govManagers;
    private final SystemAdministratorSettings systemAdmin;

    DemoOrganisation(InstitutionMapper institutions, AccountMapper accounts, Institutions registration,
            Centres centres, StaffMembers staff, GovManagers govManagers, SystemAdministratorSettings systemAdmin) {
        this.systemAdmin = systemAdmin;
        this.institutions = institutions;
        this.accounts = accounts;
        this.registration = registration;
        this.centres = centres;
        this.staff = staff;
        this.govManagers = govManagers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (institutions.existsByUscc(USCC)) {
            return;
        }
        Account sysAdmin = accounts.findByPhone(systemAdmin.phone()).orElse(null);
        if (sysAdmin == null) {
            log.warn("No system administrator: the demo organisation was not created");
            return;
        }
        CurrentUser operator = new CurrentUser(sysAdmin.getId(), sysAdmin.getName(), Set.of(Role.SYS_ADMIN), null,
                null, null, null, null);
        long institutionId = registration.register(new RegisterInstitutionRequest("浙江大学技术转移中心", USCC, false,
                InstitutionType.UNIVERSITY, EnumSet.of(ServiceType.TECHNOLOGY_TRANSFER, ServiceType.TECHNOLOGY_BROKERAGE),
                "330106", new BigDecimal("5.00"), "浙江大学面向企业的技术转移服务机构", "王主任",
                new RegisterInstitutionRequest.Administrator("机构管理员", "13800000001", PASSWORD)), operator).id();
        CurrentUser institutionAdmin = asAdminOf(institutionId);
        long headOffice = centres.list(institutionId, institutionAdmin).get(0).id();
        long lishui = centres.create(institutionId, new CentreRequest("丽水莲都转移中心", "331102", "丽水市莲都区人民街 1 号",
                false, "李联系", "0578-2123456"), institutionAdmin).id();
        staff.create(institutionId, new NewStaffRequest("13800000002", PASSWORD, headOffice, "中心主任", "张中心", true),
                institutionAdmin);
        staff.create(institutionId, new NewStaffRequest("13800000003", PASSWORD, lishui, "技术经纪人", "李经纪", false),
                institutionAdmin);
        govManagers.create(new NewGovManagerRequest("省科技厅", "13800000010", PASSWORD, GovLevel.PROVINCE, "330000"),
                operator);
        govManagers.create(new NewGovManagerRequest("杭州市科技局", "13800000011", PASSWORD, GovLevel.CITY, "330100"),
                operator);
        govManagers.create(new NewGovManagerRequest("莲都区科技局", "13800000012", PASSWORD, GovLevel.COUNTY, "331102"),
                operator);
        log.info("Demo organisation created (deploy/local/demo-accounts.txt lists its logins)");
    }

    private CurrentUser asAdminOf(long institutionId) {
        Account admin = accounts.findByPhone("13800000001").orElseThrow();
        return new CurrentUser(admin.getId(), admin.getName(), Set.of(Role.INST_ADMIN), institutionId,
                admin.getCentreId(), admin.getRegionCode(), null, null);
    }
}

package com.gongxuhui.org.directory;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.api.CentreSummary;
import com.gongxuhui.org.api.InstitutionSummary;
import com.gongxuhui.org.api.StaffSummary;
import com.gongxuhui.org.centre.Centre;
import com.gongxuhui.org.centre.CentreMapper;
import com.gongxuhui.org.institution.Institution;
import com.gongxuhui.org.institution.InstitutionMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API (org-api's {@code OrgDirectoryClient}): summaries other services ask for while serving a
 * signed-in user, whose token they forward. Summaries carry no secrets, so any signed-in caller may read them.
 */
@RestController
@RequestMapping("/internal")
@Tag(name = "internal", description = "Summaries for the other services")
class DirectoryController {

    private final InstitutionMapper institutions;
    private final CentreMapper centres;
    private final AccountMapper accounts;

    DirectoryController(InstitutionMapper institutions, CentreMapper centres, AccountMapper accounts) {
        this.institutions = institutions;
        this.centres = centres;
        this.accounts = accounts;
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "An institution's summary, with its current minimum fee ratio")
    InstitutionSummary institution(@PathVariable long id) {
        Institution i = Optional.ofNullable(institutions.selectById(id))
                .orElseThrow(() -> ProblemException.notFound("INSTITUTION_NOT_FOUND", id));
        return new InstitutionSummary(i.getId(), i.getName(), i.getType().name(), i.getRegionCode(), i.getMinFeeRatio());
    }

    @GetMapping("/centres/{id}")
    CentreSummary centre(@PathVariable long id) {
        Centre c = Optional.ofNullable(centres.selectById(id))
                .orElseThrow(() -> ProblemException.notFound("CENTRE_NOT_FOUND", id));
        return new CentreSummary(c.getId(), c.getInstitutionId(), c.getName(), c.getRegionCode(), c.isHeadOffice());
    }

    @GetMapping("/staff/{accountId}")
    @Operation(summary = "A person's organisational place")
    StaffSummary staff(@PathVariable long accountId) {
        Account a = Optional.ofNullable(accounts.selectById(accountId))
                .orElseThrow(() -> ProblemException.notFound("STAFF_NOT_FOUND", accountId));
        return new StaffSummary(a.getId(), a.getName(), a.getPhone(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), a.getInstitutionId(),
                a.getCentreId(), a.getRegionCode(), a.getStatus() == AccountStatus.ENABLED);
    }
}

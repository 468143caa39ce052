package com.gongxuhui.org.directory;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.security.CurrentUserAccessor;
import com.gongxuhui.common.security.ForeignObjects;
import com.gongxuhui.common.security.Role;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountQueries;
import com.gongxuhui.org.account.AccountStatus;
import com.gongxuhui.org.api.CentreSummary;
import com.gongxuhui.org.api.InstitutionSummary;
import com.gongxuhui.org.api.StaffSummary;
import com.gongxuhui.org.centre.Centre;
import com.gongxuhui.org.centre.CentreQueries;
import com.gongxuhui.org.institution.Institution;
import com.gongxuhui.org.institution.InstitutionAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API (org-api's {@code OrgDirectoryClient}): summaries other services ask for while serving a
 * signed-in user, whose token they forward. Each answers in that user's scope ({@link InstitutionAccess}), as the
 * public API does, never on existence alone: an id another service was handed in a request body is only as good
 * as the caller's right to see what it names. Anything else is 404, whether it exists or not.
 */
@RestController
@RequestMapping("/internal")
@Tag(name = "internal", description = "Summaries for the other services")
class DirectoryController {

    private static final Set<Role> INSTITUTION_ROLES = Set.of(Role.INST_ADMIN, Role.CENTER_ADMIN, Role.STAFF);

    private final InstitutionAccess access;
    private final CentreQueries centres;
    private final AccountQueries accounts;
    private final CurrentUserAccessor currentUser;
    private final ForeignObjects foreignObjects;

    DirectoryController(InstitutionAccess access, CentreQueries centres, AccountQueries accounts,
            CurrentUserAccessor currentUser, ForeignObjects foreignObjects) {
        this.access = access;
        this.centres = centres;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.foreignObjects = foreignObjects;
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "An institution the caller may see, with its current minimum fee ratio")
    InstitutionSummary institution(@PathVariable long id) {
        Institution i = access.requireVisible(currentUser.current(), id);
        return new InstitutionSummary(i.getId(), i.getName(), i.getType().name(), i.getRegionCode(), i.getMinFeeRatio());
    }

    @GetMapping("/centres/{id}")
    @Operation(summary = "A centre of an institution the caller may see")
    CentreSummary centre(@PathVariable long id) {
        CurrentUser user = currentUser.current();
        Centre c = foreignObjects.requireInScope(user.id(), centres.find(id).orElse(null),
                centre -> access.isVisible(user, centre.getInstitutionId()), "centre", id, "CENTRE_NOT_FOUND");
        return new CentreSummary(c.getId(), c.getInstitutionId(), c.getName(), c.getRegionCode(), c.isHeadOffice());
    }

    /**
     * A person of an institution the caller may see (a broker a demand is handed to must be of the caller's own).
     * An expert gets the card of an enabled institution person (name and phone, nothing of his place): the broker
     * handling a demand pushed to him or docked by him, which demand-service decides and org-service cannot know.
     */
    @GetMapping("/staff/{accountId}")
    @Operation(summary = "A person's organisational place, in the caller's scope")
    StaffSummary staff(@PathVariable long accountId) {
        CurrentUser user = currentUser.current();
        Account a = accounts.find(accountId).orElse(null);
        boolean enabled = a != null && a.getStatus() == AccountStatus.ENABLED;
        if (a != null && user.hasRole(Role.EXPERT) && enabled && isInstitutionPerson(a)) {
            return new StaffSummary(a.getId(), a.getName(), a.getPhone(), Set.of(), null, null, null, true);
        }
        foreignObjects.requireInScope(user.id(), a == null || a.getInstitutionId() == null ? null : a,
                person -> !user.hasRole(Role.EXPERT) && access.isVisible(user, person.getInstitutionId()), "staff",
                accountId, "STAFF_NOT_FOUND");
        return new StaffSummary(a.getId(), a.getName(), a.getPhone(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()), a.getInstitutionId(),
                a.getCentreId(), a.getRegionCode(), enabled);
    }

    private static boolean isInstitutionPerson(Account account) {
        return account.getRoles().stream().anyMatch(INSTITUTION_ROLES::contains);
    }
}

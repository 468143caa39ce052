package com.gongxuhui.enterprise.contact;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.enterprise.enterprise.EnterpriseAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise's contacts: added by those who may edit the enterprise, read by those who may see it. */
@Service
public class Contacts {

    private final ContactMapper contacts;
    private final EnterpriseAccess access;
    private final Clock clock;

    public Contacts(ContactMapper contacts, EnterpriseAccess access, Clock clock) {
        this.contacts = contacts;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ContactView add(long enterpriseId, ContactForm form, CurrentUser user) {
        access.requireEditable(user, enterpriseId);
        if (contacts.exists(enterpriseId, form.phone())) {
            throw ProblemException.conflict("CONTACT_EXISTS", form.phone());
        }
        Contact contact = new Contact();
        contact.setEnterpriseId(enterpriseId);
        contact.setName(form.name());
        contact.setPosition(form.position());
        contact.setPhone(form.phone());
        contact.setCreatedBy(user.id());
        contact.setCreatedAt(clock.instant());
        try {
            contacts.insert(contact);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw ProblemException.conflict("CONTACT_EXISTS", form.phone());
        }
        return ContactView.of(contact);
    }

    public List<ContactView> list(long enterpriseId, CurrentUser user) {
        access.requireVisible(user, enterpriseId);
        return of(enterpriseId);
    }

    /** The contacts, whoever asks: for a caller that has checked visibility, or another service's summary. */
    public List<ContactView> of(long enterpriseId) {
        return contacts.ofEnterprise(enterpriseId).stream().map(ContactView::of).toList();
    }
}

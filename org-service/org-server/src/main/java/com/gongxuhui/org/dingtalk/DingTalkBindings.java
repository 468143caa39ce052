package com.gongxuhui.org.dingtalk;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the account ↔ DingTalk user binding in line with what DingTalk said at the latest login. The phone
 * number decides who logs in; when it has moved (a DingTalk user now carries another account's phone, an
 * account now belongs to another DingTalk user) the old pairing gives way to the new one.
 */
@Service
class DingTalkBindings {

    private final DingTalkBindingMapper bindings;
    private final Clock clock;

    DingTalkBindings(DingTalkBindingMapper bindings, Clock clock) {
        this.bindings = bindings;
        this.clock = clock;
    }

    @Transactional
    public void bind(long accountId, String dingtalkUserId) {
        DingTalkBinding current = bindings.selectById(accountId);
        if (current != null && current.getDingtalkUserId().equals(dingtalkUserId)) {
            return;
        }
        bindings.unbind(accountId, dingtalkUserId);
        DingTalkBinding binding = new DingTalkBinding();
        binding.setAccountId(accountId);
        binding.setDingtalkUserId(dingtalkUserId);
        binding.setBoundAt(clock.instant());
        bindings.insert(binding);
    }
}

package com.gongxuhui.org.dingtalk;

/** A person as DingTalk knows them: the organisation's userid and the mobile number in its address book. */
record DingTalkUser(String userId, String mobile) {
}

package com.gongxuhui.expert.api;

import java.util.List;

/**
 * What another service needs of an expert: who he is, which institution maintains him, his research fields
 * and subscribed fields (codes of the shared field dictionary) and whether a push can reach him through the
 * official account.
 */
public record ExpertSummary(long id, String name, long institutionId, String organisation, List<String> fields,
        boolean followsOfficialAccount, List<String> subscribedFields) {
}

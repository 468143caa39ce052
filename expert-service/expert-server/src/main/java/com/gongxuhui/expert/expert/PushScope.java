package com.gongxuhui.expert.expert;

/**
 * Whose experts the push dialog searches. Only {@code OWN} (the experts the caller's institution maintains)
 * exists now: domain.md lets a broker push to his own institution's experts only. The parameter is there so
 * that a wider scope can come without changing the API.
 */
public enum PushScope {
    OWN
}

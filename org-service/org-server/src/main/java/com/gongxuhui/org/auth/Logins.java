package com.gongxuhui.org.auth;

import com.gongxuhui.common.security.SecurityEvent;
import com.gongxuhui.common.security.SecurityEvents;
import com.gongxuhui.common.time.ProvinceTime;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login, refresh and logout. Wrong passwords are counted by {@link LoginThrottle} per account and client
 * address: the fifth in a row locks the account for that address for a while (even the right password is then
 * refused there), which stops guessing without letting one machine lock anyone out. Refusals are recorded as
 * security events.
 */
@Service
public class Logins {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final AuthProperties properties;
    private final LoginThrottle throttle;
    private final SecurityEvents securityEvents;
    private final Clock clock;
    /** Compared against when the phone is unknown, so that a wrong phone takes as long as a wrong password. */
    private final String noAccountHash;

    public Logins(AccountMapper accounts, PasswordEncoder passwordEncoder, AccessTokens accessTokens,
            RefreshTokens refreshTokens, AuthProperties properties, LoginThrottle throttle,
            SecurityEvents securityEvents, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.throttle = throttle;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.noAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /** {@code clientAddress}: the caller as the gateway saw it. */
    public TokenPair login(String phone, String password, String clientAddress) {
        Instant now = clock.instant();
        if (throttle.addressThrottled(clientAddress)) {
            record(SecurityEvent.Kind.LOGIN_THROTTLED, phone, null, clientAddress);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED");
        }
        Duration lockedFor = throttle.lockedFor(phone, clientAddress).orElse(null);
        if (lockedFor != null) {
            throw locked(now.plus(lockedFor));
        }
        Account account = accounts.findByPhone(phone).orElse(null);
        if (account == null) {
            passwordEncoder.matches(password, noAccountHash);
            throw failed(phone, null, clientAddress);
        }
        requireNotLocked(account, now);
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            throw failed(phone, account.getId(), clientAddress);
        }
        requireEnabled(account);
        throttle.succeeded(phone, clientAddress);
        return issue(account, UUID.randomUUID().toString());
    }

    /** Counts and records a wrong phone or password, and returns the refusal to throw. */
    private ProblemException failed(String phone, Long accountId, String clientAddress) {
        record(SecurityEvent.Kind.LOGIN_FAILED, phone, accountId, clientAddress);
        if (throttle.failed(phone, clientAddress)) {
            record(SecurityEvent.Kind.ACCOUNT_LOCKED, phone, accountId, clientAddress);
        }
        return ProblemException.unauthorized("BAD_CREDENTIALS");
    }

    private void record(SecurityEvent.Kind kind, String phone, Long accountId, String clientAddress) {
        securityEvents.record(new SecurityEvent(clock.instant(), kind, "org-service", phone, accountId,
                clientAddress, null));
    }

    /**
     * Logs in an account whose identity a trusted provider vouched for (DingTalk, WeChat): the same checks as a
     * password login (not locked, enabled) without the password.
     */
    public TokenPair loginVouchedFor(Account account) {
        requireNotLocked(account, clock.instant());
        requireEnabled(account);
        return issue(account, UUID.randomUUID().toString());
    }

    public TokenPair refresh(String refreshToken, String clientAddress) {
        RefreshToken used = refreshTokens.use(refreshToken, clientAddress);
        Account account = accounts.selectById(used.getAccountId());
        if (account == null || account.getStatus() != AccountStatus.ENABLED) {
            refreshTokens.revokeFamily(used.getFamilyId());
            throw ProblemException.unauthorized("REFRESH_TOKEN_INVALID");
        }
        return issue(account, used.getFamilyId());
    }

    public void logout(String family) {
        refreshTokens.revokeFamily(family);
    }

    private TokenPair issue(Account account, String family) {
        return TokenPair.bearer(accessTokens.issue(account, family), refreshTokens.issue(account.getId(), family),
                properties.accessTokenTtl().toSeconds());
    }

    /** An account an administrator locked (for every address and every way of logging in). */
    private static void requireNotLocked(Account account, Instant now) {
        if (account.isLockedAt(now)) {
            throw locked(account.getLockedUntil());
        }
    }

    private static ProblemException locked(Instant until) {
        return new ProblemException(HttpStatus.LOCKED, "ACCOUNT_LOCKED", LOCK_TIME.format(until.atZone(ProvinceTime.ZONE)));
    }

    private static void requireEnabled(Account account) {
        if (account.getStatus() != AccountStatus.ENABLED) {
            throw ProblemException.forbidden("ACCOUNT_DISABLED");
        }
    }
}

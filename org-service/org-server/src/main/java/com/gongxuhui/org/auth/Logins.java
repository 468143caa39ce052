package com.gongxuhui.org.auth;

import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.org.account.Account;
import com.gongxuhui.org.account.AccountMapper;
import com.gongxuhui.org.account.AccountStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login, refresh and logout. Wrong passwords are counted per account; the fifth in a row locks it
 * for a while (even the right password is then refused), which stops guessing without locking anyone out
 * for good.
 */
@Service
public class Logins {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccountMapper accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final AuthProperties properties;
    private final Clock clock;
    /** Compared against when the phone is unknown, so that a wrong phone takes as long as a wrong password. */
    private final String noAccountHash;

    public Logins(AccountMapper accounts, PasswordEncoder passwordEncoder, AccessTokens accessTokens,
            RefreshTokens refreshTokens, AuthProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.clock = clock;
        this.noAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    public TokenPair login(String phone, String password) {
        Account account = accounts.findByPhone(phone).orElse(null);
        if (account == null) {
            passwordEncoder.matches(password, noAccountHash);
            throw ProblemException.unauthorized("BAD_CREDENTIALS");
        }
        Instant now = clock.instant();
        requireNotLocked(account, now);
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            recordFailure(account, now);
            throw ProblemException.unauthorized("BAD_CREDENTIALS");
        }
        requireEnabled(account);
        accounts.clearFailedLogins(account.getId(), now);
        return issue(account, UUID.randomUUID().toString());
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

    public TokenPair refresh(String refreshToken) {
        RefreshToken used = refreshTokens.use(refreshToken);
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

    private void recordFailure(Account account, Instant now) {
        accounts.countFailedLogin(account.getId(), now);
        Account counted = accounts.selectById(account.getId());
        if (counted.getFailedLogins() >= properties.maxFailedLogins()) {
            accounts.lock(account.getId(), now.plus(properties.lockDuration()), now);
        }
    }

    private static void requireNotLocked(Account account, Instant now) {
        if (account.isLockedAt(now)) {
            throw new ProblemException(HttpStatus.LOCKED, "ACCOUNT_LOCKED",
                    LOCK_TIME.format(account.getLockedUntil().atZone(PLATFORM_ZONE)));
        }
    }

    private static void requireEnabled(Account account) {
        if (account.getStatus() != AccountStatus.ENABLED) {
            throw ProblemException.forbidden("ACCOUNT_DISABLED");
        }
    }
}

package com.gongxuhui.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ProblemHandlerLockConflictTest {

    private final ProblemHandler handler = new ProblemHandler(new Problems(commonMessages()));

    @Test
    void aDeadlockVictimIsToldToTryAgainNotGivenAServerError() {
        assertConflict(new DeadlockLoserDataAccessException("UPDATE publication ...",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction")));
    }

    @Test
    void aLockWaitTimeoutIsTheSameConflict() {
        assertConflict(new CannotAcquireLockException("UPDATE demand ...",
                new SQLTransactionRollbackException("Lock wait timeout exceeded; try restarting transaction")));
    }

    private void assertConflict(PessimisticLockingFailureException lost) {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ResponseEntity<ProblemDetail> response;
        try {
            response = handler.lockConflict(lost);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getProperties()).containsEntry("code", "CONCURRENT_UPDATE");
        assertThat(response.getBody().getDetail()).isEqualTo("数据已被他人修改，请刷新后重试");
    }

    private static ResourceBundleMessageSource commonMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common-problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

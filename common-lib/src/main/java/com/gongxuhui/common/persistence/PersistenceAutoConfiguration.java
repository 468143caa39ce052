package com.gongxuhui.common.persistence;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * MyBatis-Plus paging (MySQL dialect: MySQL in production, MariaDB in the tests and the embedded default),
 * optimistic locking on {@code @Version}, and what Flyway does when a service starts.
 */
@AutoConfiguration
public class PersistenceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
        pagination.setMaxLimit(100L);
        interceptor.addInnerInterceptor(pagination);
        interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
        return interceptor;
    }

    /**
     * {@code gxh.migrations.at-start=validate} (production on Kubernetes, where the migration Job migrates before
     * the rollout, {@link SchemaMigration}): a starting service only checks that its schema is the one its build
     * expects, and refuses to start on a pending or altered migration. A newer schema (an older instance restarting
     * during an upgrade) passes: Flyway ignores future migrations by default. Otherwise ({@code migrate}, the
     * default) the service migrates at start.
     */
    @Bean
    @ConditionalOnProperty(name = "gxh.migrations.at-start", havingValue = "validate")
    FlywayMigrationStrategy validateOnlyMigrations() {
        return Flyway::validate;
    }
}

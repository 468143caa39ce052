package com.gongxuhui.org.account;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AccountMapper extends BaseMapper<Account> {

    default Optional<Account> findByPhone(String phone) {
        return Optional.ofNullable(selectOne(Wrappers.<Account>lambdaQuery().eq(Account::getPhone, phone)));
    }

    default boolean existsByPhone(String phone) {
        return exists(Wrappers.<Account>lambdaQuery().eq(Account::getPhone, phone));
    }

    @Update("UPDATE account SET failed_logins = 0, locked_until = #{until}, updated_at = #{now} WHERE id = #{id}")
    void lock(@Param("id") long id, @Param("until") Instant until, @Param("now") Instant now);
}

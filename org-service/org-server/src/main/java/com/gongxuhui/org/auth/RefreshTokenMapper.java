package com.gongxuhui.org.auth;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface RefreshTokenMapper extends BaseMapper<RefreshToken> {

    default Optional<RefreshToken> findByHash(String tokenHash) {
        return Optional.ofNullable(selectOne(Wrappers.<RefreshToken>lambdaQuery().eq(RefreshToken::getTokenHash, tokenHash)));
    }

    /** Marks the token used; 0 rows means someone used it first (a reuse). */
    @Update("UPDATE refresh_token SET rotated_at = #{now} WHERE id = #{id} AND rotated_at IS NULL AND revoked_at IS NULL")
    int markRotated(@Param("id") long id, @Param("now") Instant now);

    @Update("UPDATE refresh_token SET revoked_at = #{now} WHERE account_id = #{accountId} AND revoked_at IS NULL")
    int revokeAccount(@Param("accountId") long accountId, @Param("now") Instant now);

    @Update("UPDATE refresh_token SET revoked_at = #{now} WHERE family_id = #{family} AND revoked_at IS NULL")
    int revokeFamily(@Param("family") String family, @Param("now") Instant now);
}

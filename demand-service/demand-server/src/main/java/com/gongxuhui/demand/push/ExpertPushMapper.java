package com.gongxuhui.demand.push;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ExpertPushMapper extends BaseMapper<ExpertPush> {

    default List<ExpertPush> findByDemand(long demandId) {
        return selectList(Wrappers.<ExpertPush>lambdaQuery().eq(ExpertPush::getDemandId, demandId)
                .orderByAsc(ExpertPush::getId));
    }

    default boolean exists(long demandId, long expertId) {
        return exists(Wrappers.<ExpertPush>lambdaQuery().eq(ExpertPush::getDemandId, demandId)
                .eq(ExpertPush::getExpertId, expertId));
    }

    /**
     * notify-service's report; an older report never overwrites a newer one (a retry that finally delivered
     * comes after the first failure).
     */
    @Update("UPDATE expert_push SET delivery = #{delivery}, delivery_reason = #{reason}, delivery_reported_at = #{at} "
            + "WHERE id = #{id} AND demand_id = #{demandId} AND (delivery_reported_at IS NULL OR delivery_reported_at <= #{at})")
    int recordDelivery(@Param("id") long id, @Param("demandId") long demandId, @Param("delivery") PushDelivery delivery,
            @Param("reason") String reason, @Param("at") Instant at);
}

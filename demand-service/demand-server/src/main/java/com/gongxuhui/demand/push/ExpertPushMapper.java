package com.gongxuhui.demand.push;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

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
}

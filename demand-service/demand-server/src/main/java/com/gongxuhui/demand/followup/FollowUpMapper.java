package com.gongxuhui.demand.followup;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface FollowUpMapper extends BaseMapper<FollowUp> {

    default List<FollowUp> findByDemand(long demandId) {
        return selectList(Wrappers.<FollowUp>lambdaQuery().eq(FollowUp::getDemandId, demandId)
                .orderByDesc(FollowUp::getHappenedAt).orderByDesc(FollowUp::getId));
    }
}

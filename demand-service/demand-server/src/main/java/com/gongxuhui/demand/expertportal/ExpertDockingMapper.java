package com.gongxuhui.demand.expertportal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ExpertDockingMapper extends BaseMapper<ExpertDocking> {

    default ExpertDocking find(long demandId, long expertId) {
        return selectOne(Wrappers.<ExpertDocking>lambdaQuery().eq(ExpertDocking::getDemandId, demandId)
                .eq(ExpertDocking::getExpertId, expertId));
    }

    default List<ExpertDocking> findByDemand(long demandId) {
        return selectList(Wrappers.<ExpertDocking>lambdaQuery().eq(ExpertDocking::getDemandId, demandId)
                .orderByAsc(ExpertDocking::getId));
    }

    default List<ExpertDocking> findByExpert(long expertId) {
        return selectList(Wrappers.<ExpertDocking>lambdaQuery().eq(ExpertDocking::getExpertId, expertId)
                .orderByDesc(ExpertDocking::getDockedAt).orderByDesc(ExpertDocking::getId));
    }
}

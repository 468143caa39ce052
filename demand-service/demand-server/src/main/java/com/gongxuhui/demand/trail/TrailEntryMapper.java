package com.gongxuhui.demand.trail;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface TrailEntryMapper extends BaseMapper<TrailEntry> {

    default List<TrailEntry> findByDemand(long demandId) {
        return selectList(Wrappers.<TrailEntry>lambdaQuery().eq(TrailEntry::getDemandId, demandId)
                .orderByAsc(TrailEntry::getSeq));
    }

    default Optional<TrailEntry> last(long demandId) {
        return Optional.ofNullable(selectOne(Wrappers.<TrailEntry>lambdaQuery().eq(TrailEntry::getDemandId, demandId)
                .orderByDesc(TrailEntry::getSeq).last("LIMIT 1")));
    }
}

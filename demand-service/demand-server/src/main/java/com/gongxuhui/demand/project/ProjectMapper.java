package com.gongxuhui.demand.project;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ProjectMapper extends BaseMapper<Project> {

    default Optional<Project> findByDemand(long demandId) {
        return Optional.ofNullable(selectOne(Wrappers.<Project>lambdaQuery().eq(Project::getDemandId, demandId)));
    }
}

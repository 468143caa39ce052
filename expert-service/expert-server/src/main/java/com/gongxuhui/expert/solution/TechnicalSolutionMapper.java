package com.gongxuhui.expert.solution;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface TechnicalSolutionMapper extends BaseMapper<TechnicalSolution> {

    default List<TechnicalSolution> findByExpert(long expertId) {
        return selectList(Wrappers.<TechnicalSolution>lambdaQuery().eq(TechnicalSolution::getExpertId, expertId)
                .orderByDesc(TechnicalSolution::getId));
    }

    default Optional<TechnicalSolution> findOf(long expertId, long id) {
        return Optional.ofNullable(selectOne(Wrappers.<TechnicalSolution>lambdaQuery()
                .eq(TechnicalSolution::getExpertId, expertId).eq(TechnicalSolution::getId, id)));
    }
}

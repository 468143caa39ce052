package com.gongxuhui.expert.technology;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface TechnologyMapper extends BaseMapper<Technology> {

    default List<Technology> findByExpert(long expertId) {
        return selectList(Wrappers.<Technology>lambdaQuery().eq(Technology::getExpertId, expertId)
                .orderByDesc(Technology::getId));
    }

    default Optional<Technology> findOf(long expertId, long id) {
        return Optional.ofNullable(selectOne(Wrappers.<Technology>lambdaQuery()
                .eq(Technology::getExpertId, expertId).eq(Technology::getId, id)));
    }
}

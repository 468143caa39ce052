package com.gongxuhui.expert.achievement;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ResearchAchievementMapper extends BaseMapper<ResearchAchievement> {

    default List<ResearchAchievement> findByExpert(long expertId) {
        return selectList(Wrappers.<ResearchAchievement>lambdaQuery().eq(ResearchAchievement::getExpertId, expertId)
                .orderByDesc(ResearchAchievement::getId));
    }

    default Optional<ResearchAchievement> findOf(long expertId, long id) {
        return Optional.ofNullable(selectOne(Wrappers.<ResearchAchievement>lambdaQuery()
                .eq(ResearchAchievement::getExpertId, expertId).eq(ResearchAchievement::getId, id)));
    }
}

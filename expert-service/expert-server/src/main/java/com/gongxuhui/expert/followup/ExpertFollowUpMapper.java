package com.gongxuhui.expert.followup;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ExpertFollowUpMapper extends BaseMapper<ExpertFollowUp> {

    default List<ExpertFollowUp> findByExpert(long expertId) {
        return selectList(Wrappers.<ExpertFollowUp>lambdaQuery().eq(ExpertFollowUp::getExpertId, expertId)
                .orderByDesc(ExpertFollowUp::getHappenedAt).orderByDesc(ExpertFollowUp::getId));
    }

    default Optional<ExpertFollowUp> findOf(long expertId, long id) {
        return Optional.ofNullable(selectOne(Wrappers.<ExpertFollowUp>lambdaQuery()
                .eq(ExpertFollowUp::getExpertId, expertId).eq(ExpertFollowUp::getId, id)));
    }
}

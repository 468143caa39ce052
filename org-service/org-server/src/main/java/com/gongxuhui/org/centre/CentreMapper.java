package com.gongxuhui.org.centre;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CentreMapper extends BaseMapper<Centre> {

    default List<Centre> findByInstitution(long institutionId) {
        return selectList(Wrappers.<Centre>lambdaQuery().eq(Centre::getInstitutionId, institutionId)
                .orderByDesc(Centre::isHeadOffice).orderByAsc(Centre::getId));
    }

    default boolean existsByName(long institutionId, String name, Long exceptId) {
        return exists(Wrappers.<Centre>lambdaQuery().eq(Centre::getInstitutionId, institutionId)
                .eq(Centre::getName, name).ne(exceptId != null, Centre::getId, exceptId));
    }

    /** Institutions that run a centre in one of these regions (a county bureau sees them too). */
    default List<Long> institutionsWithCentreIn(Collection<String> regionCodes) {
        return selectList(Wrappers.<Centre>lambdaQuery().select(Centre::getInstitutionId)
                .in(Centre::getRegionCode, regionCodes)).stream().map(Centre::getInstitutionId).distinct().toList();
    }
}

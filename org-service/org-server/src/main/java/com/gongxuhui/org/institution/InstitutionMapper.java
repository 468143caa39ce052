package com.gongxuhui.org.institution;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface InstitutionMapper extends BaseMapper<Institution> {

    default boolean existsByUscc(String uscc) {
        return exists(Wrappers.<Institution>lambdaQuery().eq(Institution::getUscc, uscc));
    }
}

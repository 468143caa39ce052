package com.gongxuhui.enterprise.enterprise;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface EnterpriseMapper extends BaseMapper<Enterprise> {

    default Optional<Enterprise> findByUscc(String uscc) {
        return Optional.ofNullable(selectOne(Wrappers.<Enterprise>lambdaQuery().eq(Enterprise::getUscc, uscc)));
    }
}
